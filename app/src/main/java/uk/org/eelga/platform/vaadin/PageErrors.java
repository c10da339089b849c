package uk.org.eelga.platform.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import uk.org.eelga.platform.api.ApiErrors;
import uk.org.eelga.platform.api.ApiProblem;

/**
 * The one error handler of the pages: what a person sees when something a page asked for fails and the page did not
 * say so itself. The words are the API's ({@link ApiErrors}, the one place that turns a failure into a problem): a
 * feature's refusal ({@link uk.org.eelga.tenancy.Refusal}) in its own sentence, a database refusal in plain words,
 * and a genuine fault as an incident number only, its stack trace in the log under that number. Never a stack trace
 * on the page.
 */
@Singleton
class PageErrors implements VaadinServiceInitListener, ErrorHandler {

    private final ApiErrors problems;

    PageErrors(ApiErrors problems) {
        this.problems = problems;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        ApiProblem problem = problems.describe(event.getThrowable());
        if (UI.getCurrent() != null) {
            Notification note = Notification.show(problem.detail(), 10_000, Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
