package uk.org.eelga.bench.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import uk.org.eelga.bench.vaadin.StepFailure;
import uk.org.eelga.bench.vaadin.Timings;

/**
 * A script's use of the REST API: a bearer token from Keycloak's direct grant (public client {@code eelga-cli}, as
 * the README shows), renewed before it expires, and GET calls under {@code /api/v1}.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI platform;
    private final URI tokenEndpoint;
    private final String username;
    private final String password;
    private final Timings timings;
    private final Duration timeout;
    private String accessToken;
    private long expiresAtNanos;

    public ApiClient(
            HttpClient http,
            URI platform,
            URI keycloak,
            String realm,
            String username,
            String password,
            Timings timings,
            Duration timeout) {
        this.http = http;
        this.platform = platform;
        this.tokenEndpoint = keycloak.resolve("/realms/" + realm + "/protocol/openid-connect/token");
        this.username = username;
        this.password = password;
        this.timings = timings;
        this.timeout = timeout;
    }

    /** GET {@code path} with a valid bearer token; returns the JSON body. Anything but 200 is a failure. */
    public JsonNode get(String step, String path) throws IOException, InterruptedException, StepFailure {
        String token = token();
        HttpRequest request = HttpRequest.newBuilder(platform.resolve(path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - started;
        timings.record("api", nanos);
        timings.record("api " + step, nanos);
        if (response.statusCode() != 200) {
            throw new StepFailure(
                    "api-http-" + response.statusCode(), "GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private String token() throws IOException, InterruptedException, StepFailure {
        if (accessToken != null && System.nanoTime() < expiresAtNanos) {
            return accessToken;
        }
        String form = form(Map.of(
                "client_id", "eelga-cli",
                "grant_type", "password",
                "scope", "openid",
                "username", username,
                "password", password));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        timings.record("api token (direct grant)", System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new StepFailure(
                    "token-http-" + response.statusCode(), "token endpoint answered " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        accessToken = body.path("access_token").asText();
        long lifetime = body.path("expires_in").asLong(300);
        // Renew 30 s early, as a careful script does.
        expiresAtNanos = started + Math.max(10, lifetime - 30) * 1_000_000_000L;
        return accessToken;
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
