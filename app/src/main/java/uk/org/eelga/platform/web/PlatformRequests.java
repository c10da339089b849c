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
import uk.org.eelga.platform.signin.PageSessions;

/**
 * The servlet filter in front of everything (Vaadin's pages, sign-in, the API): sets the security headers, then, for
 * page requests, lets {@link PageSessions} check the signed-in session before Vaadin sees the request.
 */
@Singleton
@WebFilter(value = "/*", asyncSupported = true)
class PlatformRequests implements Filter {

    private final SecurityHeaders headers;
    private final PageSessions sessions;

    PlatformRequests(SecurityHeaders headers, PageSessions sessions) {
        this.headers = headers;
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        headers.apply(path, response);
        if (isPage(path) && !sessions.check(request, response)) {
            return;
        }
        chain.doFilter(req, res);
    }

    /** Requests of a page session: not the API (bearer tokens) nor static files. */
    static boolean isPage(String path) {
        return !(path.startsWith("/api/")
                || path.equals("/health")
                || path.startsWith("/health/")
                || path.startsWith("/VAADIN/")
                || path.startsWith("/styles/")
                || path.startsWith("/icons/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico")
                || path.equals("/sw.js")
                || path.equals("/manifest.webmanifest"));
    }
}
