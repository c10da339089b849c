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
import java.io.IOException;
import uk.org.eelga.platform.api.BearerAuthentication;
import uk.org.eelga.platform.signin.PageSessions;

/**
 * The servlet filter in front of everything (Vaadin's pages, sign-in, the API): sets the security headers, then lets
 * {@link BearerAuthentication} check an API request's token before Micronaut sees it, or {@link PageSessions} check a
 * page request's signed-in session before Vaadin sees it.
 */
@Singleton
@WebFilter(value = "/*", asyncSupported = true)
class PlatformRequests implements Filter {

    private final SecurityHeaders headers;
    private final PageSessions sessions;
    private final BearerAuthentication bearer;

    PlatformRequests(SecurityHeaders headers, PageSessions sessions, BearerAuthentication bearer) {
        this.headers = headers;
        this.sessions = sessions;
        this.bearer = bearer;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        headers.apply(path, response);
        if (isApi(path) ? !bearer.admit(request, response) : isPage(path) && !sessions.check(request, response)) {
            return;
        }
        chain.doFilter(req, res);
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
