package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import uk.org.eelga.tenancy.Caller;

/**
 * The {@link Caller} of the current page request: the person the sign-in flow admitted and kept in the HTTP session,
 * checked again on every page request ({@code signin.PageSessions}). Views take it from here and hand it to services.
 */
public final class Callers {

    /** The HTTP-session attribute that holds the {@link Caller}. */
    public static final String SESSION_ATTRIBUTE = "eelga.signedInUser";

    private Callers() {}

    /** The caller of this page request, if someone is signed in. */
    public static Optional<Caller> find() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return from(session.getSession());
    }

    public static Optional<Caller> from(WrappedSession session) {
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((Caller) session.getAttribute(SESSION_ATTRIBUTE));
    }

    /** The caller of this page request; only for pages that are shown to signed-in people only. */
    public static Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
