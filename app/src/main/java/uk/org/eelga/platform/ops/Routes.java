package uk.org.eelga.platform.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The route of a request as a metric tag: its path with every identifier replaced by {@code {id}}, so that
 * {@code /api/v1/surveys/42/reminders} and {@code /api/v1/surveys/43/reminders} are one route. The number of routes
 * is bounded whatever callers send: a path that was not found is {@code NOT_FOUND}, static files are one route per
 * top folder, and past {@link #LIMIT} distinct routes the rest are {@code OTHER}. Only a path once answered with
 * success (2xx or 3xx) takes a place among the routes: probes and malformed paths that are refused (400, 401, 422,
 * ...) are {@code OTHER} unless their route is already known, so a fuzzer or a scanner cannot use up the places
 * and leave the real routes that come later unnamed. The access log still has each request's own path.
 */
final class Routes {

    static final int LIMIT = 300;
    static final String NOT_FOUND = "NOT_FOUND";
    static final String OTHER = "OTHER";

    private static final Pattern ID =
            Pattern.compile("\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|(in|cus|evt|ii|il|sk|pk|whsec)_[A-Za-z0-9_]+|[A-Za-z0-9_-]{20,}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,40}");
    private static final Set<String> STATIC = Set.of("VAADIN", "styles", "icons", "images", "frontend");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** The route of {@code path} answered with {@code status}; {@code vaadinRequest} is the v-r parameter. */
    String of(String path, String vaadinRequest, int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        String route = normalise(path == null || path.isEmpty() ? "/" : path);
        if (vaadinRequest != null && SAFE.matcher(vaadinRequest).matches()) {
            route = route + " (" + vaadinRequest + ")";
        }
        if (seen.contains(route)) {
            return route;
        }
        if (seen.size() >= LIMIT || status < 200 || status >= 400) {
            return OTHER;
        }
        seen.add(route);
        return route;
    }

    static String normalise(String path) {
        String[] parts = path.split("/");
        StringBuilder route = new StringBuilder();
        int depth = 0;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (depth == 0 && STATIC.contains(part)) {
                return "/" + part + "/**";
            }
            if (++depth > 6) {
                route.append("/**");
                break;
            }
            route.append('/');
            if (ID.matcher(part).matches()) {
                route.append("{id}");
            } else if (SAFE.matcher(part).matches()) {
                route.append(part);
            } else {
                route.append("{value}");
            }
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
