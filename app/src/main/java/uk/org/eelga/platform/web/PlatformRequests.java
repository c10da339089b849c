package uk.org.eelga.platform.web;

import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.api.BearerAuthentication;
import uk.org.eelga.platform.signin.PageSessions;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.ui.Callers;

/**
 * The servlet filter in front of everything (Vaadin's pages, sign-in, the API): sets the security headers, then lets
 * {@link BearerAuthentication} check an API request's token before Micronaut sees it, or {@link PageSessions} check a
 * page request's signed-in session before Vaadin sees it. A signed-in person's page request runs, standing check
 * included, in one read-only transaction with their council bound, none for association staff
 * ({@link RequestReadTransaction}).
 */
@Singleton
@WebFilter(value = "/*", asyncSupported = true)
class PlatformRequests implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformRequests.class);

    private final SecurityHeaders headers;
    private final PageSessions sessions;
    private final BearerAuthentication bearer;
    private final RequestReadTransaction reads;

    PlatformRequests(
            SecurityHeaders headers, PageSessions sessions, BearerAuthentication bearer, RequestReadTransaction reads) {
        this.headers = headers;
        this.sessions = sessions;
        this.bearer = bearer;
        this.reads = reads;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        headers.apply(path, response);
        if (isApi(path)) {
            if (bearer.admit(request, response)) {
                chain.doFilter(req, res);
            }
            return;
        }
        if (!isPage(path)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse answer = UnknownAddresses.answer(request, response);
        filterPage(path, request, answer, chain);
    }

    private void filterPage(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> signedIn = inOneReadTransaction(path, request) ? signedIn(request) : Optional.empty();
        if (signedIn.isEmpty()) {
            if (sessions.check(request, response)) {
                chain.doFilter(request, response);
            }
            return;
        }
        Caller caller = signedIn.get();
        Outcome outcome;
        try (CurrentTenant.Binding bound = TenantScope.bind(caller)) {
            outcome = reads.within(() -> {
                if (!sessions.check(request, response)) {
                    return Outcome.ANSWERED;
                }
                if (!caller.equals(signedIn(request).orElse(null))) {
                    return Outcome.SIGNED_OUT;
                }
                chain.doFilter(request, response);
                return Outcome.ANSWERED;
            });
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("Database unavailable on a page request: {}", e.getMessage());
            PageSessions.unavailable(response);
            return;
        }
        if (outcome == Outcome.SIGNED_OUT) {
            // the standing check ended the session: the rest of the request goes on signed out, with no council
            chain.doFilter(request, response);
        }
    }

    private enum Outcome {
        ANSWERED,
        SIGNED_OUT
    }

    /**
     * Whether the request's reads share one read transaction ({@link RequestReadTransaction}, issue 13): Vaadin's
     * requests of a signed-in person's page session (a council's people and association staff). Not the sign-in's own
     * requests (they write the session's start), and not a push connection (it stays open).
     */
    static boolean inOneReadTransaction(String path, HttpServletRequest request) {
        return !path.startsWith("/auth/") && !"push".equals(request.getParameter("v-r"));
    }

    private static Optional<Caller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(Callers.SESSION_ATTRIBUTE) instanceof Caller caller
                    ? Optional.of(caller)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Micronaut's requests: the API and health, with bearer tokens. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health") || path.startsWith("/health/");
    }

    /** Requests of a page session: not the API nor static files. */
    static boolean isPage(String path) {
        return !(path.startsWith("/VAADIN/")
                || path.startsWith("/styles/")
                || path.startsWith("/icons/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico")
                || path.equals("/sw.js")
                || path.equals("/manifest.webmanifest"));
    }
}
