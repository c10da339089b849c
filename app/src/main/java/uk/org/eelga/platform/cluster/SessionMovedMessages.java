package uk.org.eelga.platform.cluster;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * A page whose session is no longer there (its node was restarted or stopped, and the proxy sent the next click to
 * another node; or the session timed out) says so calmly. Selecting the message reloads the page, which signs the
 * person in again (usually without a password: their Keycloak session is still there) and opens the same page with
 * what they had saved.
 */
@Singleton
class SessionMovedMessages implements VaadinServiceInitListener {

    static final String CAPTION = "Please sign in again";
    static final String MESSAGE = "The platform was restarted while this page was open. Everything you saved is kept;"
            + " anything not yet saved on this page needs entering again. Select this message to sign in again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(CAPTION);
        messages.setSessionExpiredMessage(MESSAGE);
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredURL(null);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
