package uk.org.eelga.platform.api;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteMatch;
import java.nio.charset.StandardCharsets;

/**
 * A problem as the body of an answer made by an exception handler for a route whose own body is text or bytes (CSV,
 * YAML, files): Micronaut's servlet writes such answers with the route's writer, so the problem goes as JSON text or
 * bytes there, and as itself everywhere else.
 */
final class ProblemBody {

    private ProblemBody() {}

    static Object fit(HttpRequest<?> request, ApiProblem problem) {
        RouteMatch<?> match = request.getAttribute(HttpAttributes.ROUTE_MATCH, RouteMatch.class)
                .orElse(null);
        Class<?> type = match == null
                ? Object.class
                : match.getRouteInfo().getResponseBodyType().getType();
        if (CharSequence.class.isAssignableFrom(type)) {
            return json(problem);
        }
        if (type == byte[].class) {
            return json(problem).getBytes(StandardCharsets.UTF_8);
        }
        return problem;
    }

    static String json(ApiProblem problem) {
        return "{\"code\":\"" + escape(problem.code()) + "\",\"message\":\"" + escape(problem.message()) + "\"}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(text).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
