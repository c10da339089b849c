package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;

/**
 * Where a verified person lands when the platform cannot let them in (no council, suspended council, no role). The
 * reason is left in the session by the sign-in or by the check that ended a session. A browser that arrives here
 * without one (a bookmark, or a request of the page left behind that replaced the session cookie in a race) is sent
 * through sign-in, which works the reason out again rather than showing a page that explains nothing.
 */
@Route(value = "not-linked", autoLayout = false)
@PageTitle("We cannot let you in | EELGA member platform")
@AnonymousAllowed
@Prototype
public class NotLinkedView extends VerticalLayout implements BeforeEnterObserver {

    /** The HTTP-session attribute where the sign-in flow leaves the reason. */
    public static final String REASON_ATTRIBUTE = "eelga.refusalReason";

    private final Paragraph text = new Paragraph();

    public NotLinkedView() {
        text.setId("refusal-reason");
        Anchor signOut = new Anchor("/auth/logout", "Sign out and try another account");
        signOut.getElement().setAttribute("router-ignore", true);
        add(new H1("We cannot let you in"), text, signOut, new PageFooter());
        addClassName("standalone-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> reason = Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> (String) s.getSession().getAttribute(REASON_ATTRIBUTE));
        if (reason.isEmpty()) {
            event.forwardToUrl("/auth/login");
            return;
        }
        text.setText(reason.get());
    }
}
