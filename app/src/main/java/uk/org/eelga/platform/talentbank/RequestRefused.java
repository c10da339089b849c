package uk.org.eelga.platform.talentbank;

/** A step that cannot be taken now (an expired quote, a request not yet quoted): the message says why. */
public class RequestRefused extends RuntimeException {

    public RequestRefused(String message) {
        super(message);
    }
}
