package uk.org.eelga.tenancy.identity;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;

/** The signed-in user of the current page request, kept in the HTTP session by the sign-in flow. */
public final class CurrentUser {

    /** The HTTP-session attribute that holds the {@link SignedInUser}. */
    public static final String SESSION_ATTRIBUTE = "eelga.signedInUser";

    private CurrentUser() {}

    public static Optional<SignedInUser> get() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return from(session.getSession());
    }

    public static Optional<SignedInUser> from(WrappedSession session) {
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((SignedInUser) session.getAttribute(SESSION_ATTRIBUTE));
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }
}
