package uk.org.eelga.platform.safety;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * In production the client secrets must be the ones Keycloak holds, not merely other than the published development
 * values: a secret that does not work would only show at the first sign-in or invitation. Asked of the realm at start:
 * the platform's client authenticates at the token introspection endpoint (200 for a good secret, 401 for a bad one,
 * without any token being issued), and the service account gets a token with the client credentials grant.
 */
final class ClientSecrets {

    private ClientSecrets() {}

    /** What Keycloak says about the configured secrets: a problem per secret it does not accept. */
    interface Probe {
        List<String> problems() throws Exception;
    }

    static Probe probe(Function<String, String> settings) {
        String base = settings.apply("eelga.oidc.backchannel").strip() + "/realms/"
                + settings.apply("eelga.oidc.realm").strip() + "/protocol/openid-connect";
        String platformClient = settings.apply("eelga.oidc.client-id").strip();
        String platformSecret = settings.apply("eelga.oidc.client-secret");
        String adminClient = settings.apply("eelga.keycloak-admin.client-id").strip();
        String adminSecret = settings.apply("eelga.keycloak-admin.client-secret");
        return () -> {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            List<String> problems = new ArrayList<>();
            int introspection = post(
                    http,
                    base + "/token/introspect",
                    Map.of("client_id", platformClient, "client_secret", platformSecret, "token", "startup-check"));
            if (introspection == 401 || introspection == 400) {
                problems.add("KEYCLOAK_CLIENT_SECRET is not the secret of client '" + platformClient
                        + "' in Keycloak's realm: copy it from the client's Credentials tab.");
            } else if (introspection != 200) {
                throw new IllegalStateException("unexpected answer HTTP " + introspection + " from " + base);
            }
            int token = post(
                    http,
                    base + "/token",
                    Map.of(
                            "client_id", adminClient,
                            "client_secret", adminSecret,
                            "grant_type", "client_credentials"));
            if (token == 401 || token == 400) {
                problems.add("KEYCLOAK_ADMIN_CLIENT_SECRET is not the secret of the service account client '"
                        + adminClient + "' in Keycloak's realm.");
            } else if (token != 200) {
                throw new IllegalStateException("unexpected answer HTTP " + token + " from " + base);
            }
            return problems;
        };
    }

    private static int post(HttpClient http, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
