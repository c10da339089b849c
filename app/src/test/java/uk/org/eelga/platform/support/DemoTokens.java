package uk.org.eelga.platform.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Real bearer tokens from the demo realm's direct-grant client, for the demo users. */
public final class DemoTokens {

    public static final String PASSWORD = "eelga-demo";
    private static final String TOKEN_URL =
            env("KEYCLOAK_URL", "http://127.0.0.1:8180") + "/realms/eelga/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DemoTokens() {}

    public static String accessToken(String username) {
        return tokens(username).get("access_token");
    }

    /** Every token of a password grant: {@code access_token}, {@code id_token}, {@code refresh_token}. */
    public static Map<String, String> tokens(String username) {
        String form = "client_id=eelga-cli&grant_type=password&scope=openid%20organization&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        return grant(TOKEN_URL, form);
    }

    /** The token endpoint of any realm, with any form. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> grant(String tokenUrl, String form) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = new ObjectMapper().readValue(response.body(), Map.class);
            if (!body.containsKey("access_token")) {
                throw new IllegalStateException("No token from " + tokenUrl + ": " + response.body());
            }
            Map<String, String> tokens = new java.util.HashMap<>();
            body.forEach((key, value) -> tokens.put(key, String.valueOf(value)));
            return tokens;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak did not answer at " + tokenUrl, e);
        }
    }

    /** Keycloak's base URL as the tests reach it. */
    public static String keycloak() {
        return env("KEYCLOAK_URL", "http://127.0.0.1:8180");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
