package uk.org.eelga.bench.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One simulated browser's cookies. The platform and Keycloak both live on {@code localhost} (different ports), and
 * browsers do not separate cookies by port, so neither does this jar: a cookie is kept by name and path and sent
 * when its path is a prefix of the request's path.
 */
public final class CookieJar {

    private record Cookie(String name, String value, String path) {}

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public synchronized void store(List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            String[] parts = header.split(";");
            if (parts.length == 0) {
                continue;
            }
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = "/";
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                String lower = attribute.toLowerCase(Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5);
                } else if (lower.equals("max-age=0") || lower.startsWith("max-age=-")) {
                    expired = true;
                } else if (lower.startsWith("expires=") && lower.contains("1970")) {
                    expired = true;
                }
            }
            String key = name + "|" + path;
            if (expired || value.isEmpty()) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(name, value, path));
            }
        }
    }

    /** The Cookie header for a request to this URI, or null when no cookie applies. */
    public synchronized String header(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> pairs = new ArrayList<>();
        for (Cookie cookie : cookies.values()) {
            if (path.startsWith(cookie.path())) {
                pairs.add(cookie.name() + "=" + cookie.value());
            }
        }
        return pairs.isEmpty() ? null : String.join("; ", pairs);
    }

    public synchronized String value(String name) {
        return cookies.values().stream()
                .filter(c -> c.name().equals(name))
                .map(Cookie::value)
                .findFirst()
                .orElse(null);
    }

    public synchronized void clear() {
        cookies.clear();
    }
}
