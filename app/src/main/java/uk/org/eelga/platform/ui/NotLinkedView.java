package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;

/** Where a verified person lands when the platform cannot let them in (no council, suspended council, no role). */
@Route(value = "not-linked", autoLayout = false)
@PageTitle("We cannot let you in | EELGA member platform")
@AnonymousAllowed
@Prototype
public class NotLinkedView extends VerticalLayout {

    /** The HTTP-session attribute where the sign-in flow leaves the reason. */
    public static final String REASON_ATTRIBUTE = "eelga.refusalReason";

    public NotLinkedView() {
        String reason = Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> (String) s.getSession().getAttribute(REASON_ATTRIBUTE))
                .orElse("You are not signed in.");
        Paragraph text = new Paragraph(reason);
        text.setId("refusal-reason");
        Anchor signOut = new Anchor("/auth/logout", "Sign out and try another account");
        signOut.getElement().setAttribute("router-ignore", true);
        add(new H1("We cannot let you in"), text, signOut, new PageFooter());
        addClassName("standalone-page");
    }
}
