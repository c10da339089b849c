package uk.org.eelga.platform.cluster;

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

/**
 * While the node drains, a page request that has no session here (someone new, or someone whose node went away) is
 * answered 503 with Retry-After, which the proxy retries on another node; the people whose sessions are here carry on
 * until the node stops. The API and health are stateless and stay served (health says DOWN).
 */
@Singleton
@WebFilter(value = "/*", asyncSupported = true)
class DrainFilter implements Filter {

    private final Draining draining;

    DrainFilter(Draining draining) {
        this.draining = draining;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (draining.isDraining()
                && req instanceof HttpServletRequest request
                && res instanceof HttpServletResponse response
                && newPageSession(request)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Connection", "close");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                            + "<title>One moment | EELGA member platform</title></head><body><main>"
                            + "<h1>One moment, please</h1><p>This part of the platform is restarting."
                            + " Nothing you saved is lost.</p><p><a href=\"/\">Try again</a></p></main></body></html>");
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean newPageSession(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        if (path.startsWith("/api/") || path.equals("/health") || path.startsWith("/health/")) {
            return false;
        }
        if (path.startsWith("/VAADIN/")
                || path.startsWith("/styles/")
                || path.startsWith("/icons/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico")) {
            return false;
        }
        return request.getSession(false) == null;
    }
}
