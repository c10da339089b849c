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

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://127.0.0.1:" + TestPorts.platform();

    private Api() {}

    public static Answer get(String path, String bearer) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).GET();
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

    public static Answer post(String path, String bearer, Object body) {
        return send("POST", path, bearer, body);
    }

    public static Answer put(String path, String bearer, Object body) {
        return send("PUT", path, bearer, body);
    }

    private static Answer send(String method, String path, String bearer, Object body) {
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
