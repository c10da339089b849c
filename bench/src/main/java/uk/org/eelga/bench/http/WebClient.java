package uk.org.eelga.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one simulated browser does over HTTP: its own cookies, the headers Chromium sends (as recorded by
 * {@code bench/record.sh}), and redirects followed by hand so every hop's cookies are kept. The underlying
 * {@link HttpClient} (connection pool, selector thread) is shared by all simulated users.
 */
public final class WebClient {

    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " HeadlessChrome/156.0.0.0 Safari/537.36 eelga-bench";

    /** One answer; {@code nanos} is the time from sending to having read the whole body. */
    public record Reply(int status, URI uri, String body, Map<String, List<String>> headers, long nanos) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpClient http;
    private final CookieJar cookies = new CookieJar();
    private final Duration timeout;

    public WebClient(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    public static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public CookieJar cookies() {
        return cookies;
    }

    public Reply get(URI uri, String referer) throws IOException, InterruptedException {
        return send(base(uri, referer).GET().build());
    }

    public Reply postJson(URI uri, String json, String referer) throws IOException, InterruptedException {
        return send(base(uri, referer)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** What {@code navigator.sendBeacon(url, string)} sends: the string as {@code text/plain}. */
    public Reply postBeacon(URI uri, String text, String referer) throws IOException, InterruptedException {
        return send(base(uri, referer)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build());
    }

    public Reply postForm(URI uri, Map<String, String> form, String referer) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(base(uri, referer)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply postEmpty(URI uri, String referer) throws IOException, InterruptedException {
        return send(base(uri, referer).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Follows redirects (GET) from a reply until a non-redirect answer; returns every hop's time summed. */
    public Reply follow(Reply reply, int maxHops) throws IOException, InterruptedException {
        long nanos = reply.nanos();
        Reply current = reply;
        for (int hop = 0; hop < maxHops && isRedirect(current.status()); hop++) {
            String location = current.header("location");
            if (location == null) {
                break;
            }
            current = get(current.uri().resolve(location), null);
            nanos += current.nanos();
        }
        return new Reply(current.status(), current.uri(), current.body(), current.headers(), nanos);
    }

    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpRequest.Builder base(URI uri, String referer) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT);
        String cookie = cookies.header(uri);
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (referer != null) {
            builder.header("Referer", referer);
        }
        return builder;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - started;
        cookies.store(response.headers().allValues("set-cookie"));
        return new Reply(
                response.statusCode(),
                request.uri(),
                response.body(),
                response.headers().map(),
                nanos);
    }
}
