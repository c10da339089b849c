package uk.org.eelga.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Imports the production realm of the overlay into the test Keycloak (the same Keycloak version the operator runs),
 * under a throw-away name, with the Secrets' placeholders filled in as the operator would: Keycloak accepts it,
 * there is no user to sign in with and no direct grant, and the confidential clients work with the secrets from
 * the placeholders only.
 */
class ProductionRealmImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");

    @Test
    void keycloak_imports_the_production_realm_without_users_or_direct_grants_and_with_secrets_from_placeholders()
            throws Exception {
        JsonNode spec = Kustomize.find(ManifestsTest.production(), "KeycloakRealmImport", "eelga-realm")
                .get("spec");
        String realmName =
                "eelga-production-check-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> secrets = Map.of(
                "EELGA_PLATFORM_CLIENT_SECRET", "platform-" + UUID.randomUUID(),
                "EELGA_TENANT_ADMIN_CLIENT_SECRET", "tenant-admin-" + UUID.randomUUID(),
                "SMTP_HOST", "smtp.invalid",
                "SMTP_USERNAME", "relay-user",
                "SMTP_PASSWORD", "relay-password");
        String text = JSON.writeValueAsString(spec.get("realm"));
        for (var e : secrets.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(text);
        assertThat(text).doesNotContain("${");
        realm.put("realm", realmName);

        String admin = adminToken();
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm))));
        try {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            JsonNode users = get(admin, "/admin/realms/" + realmName + "/users?briefRepresentation=true");
            assertThat(users).as("people who could sign in").isEmpty();
            JsonNode organizations = get(admin, "/admin/realms/" + realmName + "/organizations?max=200");
            assertThat(organizations)
                    .hasSize(spec.get("realm").get("organizations").size());

            // No password grant for anyone, with or without a client secret.
            HttpResponse<String> direct = token(
                    realmName,
                    Map.of(
                            "grant_type", "password",
                            "client_id", "eelga-platform",
                            "client_secret", secrets.get("EELGA_PLATFORM_CLIENT_SECRET"),
                            "username", "anyone",
                            "password", "anything"));
            assertThat(direct.statusCode()).isIn(400, 401);
            assertThat(direct.body()).contains("unauthorized_client");
            HttpResponse<String> cli = token(
                    realmName,
                    Map.of("grant_type", "password", "client_id", "eelga-cli", "username", "a", "password", "b"));
            assertThat(cli.statusCode()).isIn(400, 401);

            // The service account works with the secret from its placeholder, and only with it.
            HttpResponse<String> service = token(
                    realmName,
                    Map.of(
                            "grant_type", "client_credentials",
                            "client_id", "eelga-tenant-admin",
                            "client_secret", secrets.get("EELGA_TENANT_ADMIN_CLIENT_SECRET")));
            assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
            HttpResponse<String> devSecret = token(
                    realmName,
                    Map.of(
                            "grant_type", "client_credentials",
                            "client_id", "eelga-tenant-admin",
                            "client_secret", "eelga-tenant-admin-dev-secret"));
            assertThat(devSecret.statusCode()).isEqualTo(401);
        } finally {
            send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/" + realmName))
                    .header("Authorization", "Bearer " + admin)
                    .DELETE());
        }
    }

    private static String adminToken() throws Exception {
        HttpResponse<String> r = token(
                "master",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        "password",
                        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    private static HttpResponse<String> token(String realm, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode get(String admin, String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + path))
                .header("Authorization", "Bearer " + admin)
                .GET());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
