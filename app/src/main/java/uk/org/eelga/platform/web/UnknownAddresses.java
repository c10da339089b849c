package uk.org.eelga.platform.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Vaadin answers every address with its page shell (200) and shows "Page not found" only once the page has loaded
 * in the browser (its client-side start, https://github.com/vaadin/flow/issues/13421). An address no page has is
 * answered 404 with that same shell, so a link checker, a monitor or a search engine sees what a person sees. An
 * address of a page that exists but is not the caller's (another council's id) stays as any page: it looks the
 * same as one that does not exist, and neither says which is which.
 */
final class UnknownAddresses {

    private UnknownAddresses() {}

    /** The response to hand on: the same one, or one whose status is 404 when no page has this address. */
    static HttpServletResponse answer(HttpServletRequest request, HttpServletResponse response) {
        if (!isPageLoad(request)) {
            return response;
        }
        String route = route(request);
        if (route == null) {
            return response;
        }
        ApplicationRouteRegistry pages =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (pages.getNavigationTarget(route).isPresent()) {
            return response;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
            }
        };
    }

    /** A browser's first request for a page: a GET of an address, not one of Vaadin's own requests after it. */
    private static boolean isPageLoad(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getParameter("v-r") == null
                && (request.getHeader("Accept") == null
                        || request.getHeader("Accept").contains("text/html"));
    }

    /** The address as Vaadin's router names it ("console/groups"), or null for what is not a page's address. */
    private static String route(HttpServletRequest request) {
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (path == null) {
            return null;
        }
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        if (path.startsWith("/auth/") || path.equals("/auth")) {
            return null; // the sign-in's own servlet
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        // a file name with an extension is a static file Vaadin serves or refuses itself
        int slash = route.lastIndexOf('/');
        return route.substring(slash + 1).contains(".") ? null : route;
    }
}
