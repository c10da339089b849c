package uk.org.eelga.platform.signin;

import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.ui.NotLinkedView;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.identity.Membership;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;
import uk.org.eelga.tenancy.identity.token.InvalidToken;
import uk.org.eelga.tenancy.identity.token.TokenCheckUnavailable;
import uk.org.eelga.tenancy.identity.token.TokenVerifier;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * {@code /auth/login} sends the browser to Keycloak, {@code /auth/callback} takes it back, verifies the tokens
 * with the platform's one {@link TokenVerifier} (the ID token for this sign-in's nonce, the access token for the person's
 * claims, both of the same subject) and puts the {@link Caller} in a fresh session, with the time of sign-in
 * that {@link PageSessions} checks on every request; {@code /auth/logout} ends both sessions.
 */
@Singleton
@WebServlet(value = "/auth/*", loadOnStartup = 2)
class SignInServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SignInServlet.class);
    static final String PENDING = "eelga.pendingSignIn";
    static final String ID_TOKEN = "eelga.idToken";

    private final transient KeycloakClient keycloak;
    private final transient TokenVerifier verifier;
    private final transient MembershipCheck membership;
    private final transient CouncilPeople people;
    private final transient Clock clock;

    SignInServlet(
            KeycloakClient keycloak,
            TokenVerifier verifier,
            MembershipCheck membership,
            CouncilPeople people,
            Clock clock) {
        this.keycloak = keycloak;
        this.verifier = verifier;
        this.membership = membership;
        this.people = people;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/login" -> login(request, response);
            case "/callback" -> callback(request, response);
            case "/logout" -> logout(request, response);
            case "/signed-out" -> response.sendRedirect("/auth/login");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PendingSignIn pending = PendingSignIn.start(safeNext(request.getParameter("next")));
        request.getSession(true).setAttribute(PENDING, pending);
        response.sendRedirect(keycloak.authorizationUrl(pending).toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
        String state = request.getParameter("state");
        if (pending == null
                || state == null
                || !MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), pending.state().getBytes(StandardCharsets.UTF_8))) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "This sign-in has expired or was started elsewhere.");
            return;
        }
        session.removeAttribute(PENDING);
        String code = request.getParameter("code");
        if (request.getParameter("error") != null || code == null) {
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in was cancelled or did not succeed.");
            return;
        }
        KeycloakClient.Tokens tokens;
        VerifiedIdentity identity;
        try {
            tokens = keycloak.exchange(code, pending);
            VerifiedIdentity signedIn = verifier.verifyIdToken(tokens.idToken(), pending.nonce());
            identity = verifier.verifyAccessToken(tokens.accessToken());
            if (!signedIn.subject().equals(identity.subject())) {
                throw new InvalidToken("ID token and access token are of different people");
            }
        } catch (IOException | InvalidToken e) {
            LOG.warn("Sign-in failed: {}", e.getMessage());
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "We could not confirm who you are.");
            return;
        } catch (TokenCheckUnavailable e) {
            LOG.warn("Sign-in could not be checked: {}", e.getMessage());
            problem(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The sign-in service cannot be reached just now. Please try again in a few minutes.");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Sign-in was interrupted.");
            return;
        }
        request.changeSessionId();
        session.setAttribute(ID_TOKEN, tokens.idToken());
        Membership decision;
        try {
            decision = membership.decide(identity);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            LOG.warn("Sign-in while the database is unavailable: {}", e.getMessage());
            problem(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The platform cannot reach its database just now. Please try again in a few minutes.");
            return;
        }
        if (decision instanceof Membership.Admitted admitted) {
            admit(admitted.caller(), session, pending, response);
        } else if (decision instanceof Membership.Refused refused) {
            LOG.info("Refused sign-in of {}: {}", identity.subject(), refused.code());
            session.removeAttribute(Callers.SESSION_ATTRIBUTE);
            session.setAttribute(NotLinkedView.REASON_ATTRIBUTE, refused.reason());
            response.sendRedirect("/not-linked");
        }
    }

    private void admit(Caller user, HttpSession session, PendingSignIn pending, HttpServletResponse response)
            throws IOException {
        session.removeAttribute(NotLinkedView.REASON_ATTRIBUTE);
        session.setAttribute(Callers.SESSION_ATTRIBUTE, user);
        PageSessions.started(session, clock.instant());
        if (user.council() != null) {
            TenantScope.runAs(user, () -> people.recordSignIn(user));
        }
        LOG.info("Signed in {} ({}, {})", user.subject(), user.mainRole(), user.council());
        response.sendRedirect(pending.next());
    }

    /**
     * Where Keycloak's end-session sends the browser back: straight on to a new sign-in, as the platform's home page
     * did, but without building a Vaadin page (and its session and UI) for a person who has just signed out.
     */
    static final String SIGNED_OUT_PATH = "/auth/signed-out";

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String idToken = null;
        if (session != null) {
            idToken = (String) session.getAttribute(ID_TOKEN);
            session.invalidate();
        }
        response.sendRedirect(keycloak.endSessionUrl(idToken).toString());
    }

    /** Only a path on this site may follow sign-in, never another site ("//evil.example" included). */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.startsWith("/auth/")) {
            return "/";
        }
        return next;
    }

    private static void problem(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                        + "<title>Sign-in problem | EELGA member platform</title></head><body><main>"
                        + "<h1>Sign-in problem</h1><p>" + message + "</p>"
                        + "<p><a href=\"/auth/login\">Sign in again</a></p></main></body></html>");
    }
}
