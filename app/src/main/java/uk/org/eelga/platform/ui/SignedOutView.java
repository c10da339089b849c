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

/**
 * Where a person lands when their page session was ended for them (idle or too long, deactivated, roles changed,
 * council suspended or merged): why, and a way to sign in again. The reason is shown once.
 */
@Route(value = "signed-out", autoLayout = false)
@PageTitle("You have been signed out | EELGA member platform")
@AnonymousAllowed
@Prototype
public class SignedOutView extends VerticalLayout {

    /** The HTTP-session attribute where the ended session's reason is left. */
    public static final String REASON_ATTRIBUTE = "eelga.signedOutReason";
    /** The HTTP-session attribute naming the page that explains an ended session: this one, or {@code /not-linked}. */
    public static final String EXPLAINED_AT = "eelga.signedOutExplainedAt";

    public SignedOutView() {
        String reason = Optional.ofNullable(VaadinSession.getCurrent())
                .map(s -> {
                    Object value = s.getSession().getAttribute(REASON_ATTRIBUTE);
                    s.getSession().removeAttribute(REASON_ATTRIBUTE);
                    return (String) value;
                })
                .orElse("You have been signed out.");
        Paragraph text = new Paragraph(reason);
        text.setId("signed-out-reason");
        Anchor signIn = new Anchor("/auth/login", "Sign in again");
        signIn.getElement().setAttribute("router-ignore", true);
        add(new H1("You have been signed out"), text, signIn, new PageFooter());
        addClassName("standalone-page");
    }
}
