package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17, point 2: the client secrets are asked of the real Keycloak, which accepts only its own. */
class ClientSecretsIT {

    private static Map<String, String> settings(String platformSecret, String adminSecret) {
        Map<String, String> settings = new HashMap<>();
        settings.put(
                "eelga.oidc.backchannel", System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:" + port()));
        settings.put("eelga.oidc.realm", "eelga");
        settings.put("eelga.oidc.client-id", "eelga-platform");
        settings.put("eelga.oidc.client-secret", platformSecret);
        settings.put("eelga.keycloak-admin.client-id", "eelga-tenant-admin");
        settings.put("eelga.keycloak-admin.client-secret", adminSecret);
        return settings;
    }

    private static String port() {
        return System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
    }

    @Test
    void the_secrets_keycloak_holds_pass() throws Exception {
        Map<String, String> settings = settings("eelga-platform-dev-secret", "eelga-tenant-admin-dev-secret");
        assertThat(ClientSecrets.probe(settings::get).problems()).isEmpty();
    }

    @Test
    void a_secret_keycloak_does_not_hold_is_named() throws Exception {
        Map<String, String> settings = settings("a-guessed-secret", "another-guess");
        assertThat(ClientSecrets.probe(settings::get).problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("KEYCLOAK_CLIENT_SECRET"))
                .anySatisfy(p -> assertThat(p).startsWith("KEYCLOAK_ADMIN_CLIENT_SECRET"))
                .allSatisfy(p -> assertThat(p).doesNotContain("guess"));
    }
}
