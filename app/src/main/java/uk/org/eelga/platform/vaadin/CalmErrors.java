package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something fails on a page: a calm message with a reference they can quote, never a
 * stack trace. The full error goes to the log under the same reference.
 */
@Singleton
class CalmErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CalmErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error on a page (reference {})", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification note = Notification.show(
                    "Something went wrong and nothing was changed. "
                            + "Please try again; if it happens again, quote reference " + reference + ".",
                    10_000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
