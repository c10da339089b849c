package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.DatabaseOutage;

/**
 * What a person sees when a page fails to open, instead of Vaadin's own error page (which names the failure): the
 * GOV.UK "there is a problem with the service" page, or "unavailable just now" (503) when the database cannot be
 * reached, as a page request says then ({@code signin.PageSessions#unavailable}). The failure goes to the log with
 * the request's id, never to the screen. A page that is not found or not the person's has {@link NotFoundView}.
 */
@AnonymousAllowed
@Prototype
public class ProblemView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        String path = event.getLocation().getPath();
        if (DatabaseOutage.isCause(parameter.getCaughtException())) {
            LOG.warn(
                    "Database unavailable opening the page '{}': {}",
                    path,
                    parameter.getCaughtException().getMessage());
            add(
                    new H1("Sorry, the platform is unavailable just now"),
                    new Paragraph("We cannot reach our database. Nothing you did was lost; please try again in a few"
                            + " minutes."),
                    new Anchor("/" + path, "Try again"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("The page '{}' failed to open", path, parameter.getCaughtException());
        add(
                new H1("Sorry, there is a problem with the service"),
                new Paragraph("Try again later. If it keeps happening, contact the East of England LGA and tell"
                        + " them which page you were opening."),
                new Anchor("/", "Go to your home page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
