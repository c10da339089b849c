package uk.org.eelga.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the running platform's REST API over real HTTP. */
public final class Api {

    // HTTP/1.1: the JDK client would otherwise offer an h2c upgrade on requests with a body, which Jetty 11 stalls on.
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BASE = "http://127.0.0.1:" + TestPorts.platform();

    private Api() {}

    public static Answer get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    public static Answer post(String path, String bearer, String json) {
        return send("POST", path, bearer, json);
    }

    public static Answer put(String path, String bearer, String json) {
        return send("PUT", path, bearer, json);
    }

    public static Answer delete(String path, String bearer) {
        return send("DELETE", path, bearer, null);
    }

    /** Any method; a JSON body when {@code json} is not null. */
    public static Answer send(String method, String path, String bearer, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(java.time.Duration.ofSeconds(60))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Answer post(String path, String bearer) {
        return send("POST", path, bearer, null);
    }

    /** The platform's base URL. */
    public static String base() {
        return BASE;
    }

    /** Sends {@code body} serialised as JSON. */
    public static Answer postObject(String path, String bearer, Object body) {
        return sendObject("POST", path, bearer, body);
    }

    public static Answer putObject(String path, String bearer, Object body) {
        return sendObject("PUT", path, bearer, body);
    }

    private static Answer sendObject(String method, String path, String bearer, Object body) {
        try {
            String json = body == null
                    ? ""
                    : new ObjectMapper().findAndRegisterModules().writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response: status and body. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }
}
