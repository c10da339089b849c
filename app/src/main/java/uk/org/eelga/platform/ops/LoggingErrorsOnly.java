package uk.org.eelga.platform.ops;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own messages, only when something is wrong with the logging itself (logback.xml's status listener).
 * Logback's console listeners print every message of its configuration, some 30 lines at every start; with no
 * listener it prints them all as soon as one is a warning, and choosing one of two appenders always leaves one.
 */
public class LoggingErrorsOnly implements StatusListener {

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.ERROR) {
            System.err.println("Logging: " + status);
        }
    }
}
