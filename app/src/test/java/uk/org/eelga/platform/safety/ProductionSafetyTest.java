package uk.org.eelga.platform.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, point 9: every development default is named when EELGA_ENV=production; proper settings pass. */
class ProductionSafetyTest {

    static Map<String, String> developmentDefaults() {
        Map<String, String> settings = new HashMap<>();
        settings.put("eelga.stripe.secret-key", "");
        settings.put("eelga.stripe.stub", "true");
        settings.put("eelga.stripe.webhook-secret", "whsec_local_stub_secret");
        settings.put("datasources.default.password", "eelga-app-dev");
        settings.put("eelga.database.owner-password", "eelga-owner-dev");
        settings.put("eelga.oidc.client-secret", "eelga-platform-dev-secret");
        settings.put("eelga.keycloak-admin.client-secret", "eelga-tenant-admin-dev-secret");
        settings.put("eelga.mail.smtp-host", "");
        settings.put("eelga.mail.folder", ".local/mail");
        settings.put("eelga.demo-data.enabled", "true");
        settings.put("eelga.oidc.platform-url", "http://localhost:8080");
        settings.put("eelga.oidc.issuer", "http://localhost:8180/realms/eelga");
        return settings;
    }

    static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("eelga.stripe.secret-key", "sk_live_abc");
        settings.put("eelga.stripe.stub", "false");
        settings.put("eelga.stripe.webhook-secret", "whsec_0123456789abcdef");
        settings.put("datasources.default.password", "a-long-app-password");
        settings.put("eelga.database.owner-password", "a-long-owner-password");
        settings.put("eelga.oidc.client-secret", "client-secret-from-vault");
        settings.put("eelga.keycloak-admin.client-secret", "admin-secret-from-vault");
        settings.put("eelga.mail.smtp-host", "smtp.eelga.gov.uk");
        settings.put("eelga.mail.folder", "");
        settings.put("eelga.demo-data.enabled", "false");
        settings.put("eelga.oidc.platform-url", "https://members.eelga.gov.uk");
        settings.put("eelga.oidc.issuer", "https://login.eelga.gov.uk/realms/eelga");
        return settings;
    }

    static List<String> problems(Map<String, String> settings, boolean production, boolean directGrants) {
        return ProductionSafety.problems(name -> settings.getOrDefault(name, ""), production, () -> directGrants);
    }

    @Test
    void production_with_every_development_default_lists_each_one_with_its_setting() {
        List<String> problems = problems(developmentDefaults(), true, true);
        assertThat(String.join("\n", problems))
                .contains("STRIPE_WEBHOOK_SECRET")
                .contains("PG_APP_PASSWORD")
                .contains("PG_OWNER_PASSWORD")
                .contains("KEYCLOAK_CLIENT_SECRET")
                .contains("KEYCLOAK_ADMIN_CLIENT_SECRET")
                .contains("STRIPE_STUB=true")
                .contains("MAIL_FOLDER")
                .contains("EELGA_DEMO_DATA")
                .contains("PUBLIC_URL")
                .contains("KEYCLOAK_PUBLIC_URL")
                .contains("eelga-cli");
        assertThat(problems).hasSize(11);
    }

    @Test
    void production_with_proper_settings_starts() {
        assertThat(problems(production(), true, false)).isEmpty();
    }

    @Test
    void each_default_alone_is_enough_to_refuse() {
        for (String name : developmentDefaults().keySet()) {
            Map<String, String> settings = production();
            settings.put(name, developmentDefaults().get(name));
            assertThat(problems(settings, true, false)).as(name).isNotEmpty();
        }
        assertThat(problems(production(), true, true)).hasSize(1);
        Map<String, String> testSecret = production();
        testSecret.put("eelga.stripe.webhook-secret", "whsec_test_secret_for_signatures");
        assertThat(problems(testSecret, true, false)).hasSize(1);
    }

    @Test
    void an_unreachable_keycloak_is_a_problem_in_production_not_a_pass() {
        List<String> problems = ProductionSafety.problems(name -> production().getOrDefault(name, ""), true, () -> {
            throw new java.net.ConnectException("Connection refused");
        });
        assertThat(problems).singleElement().asString().contains("Connection refused");
    }

    @Test
    void in_development_the_stub_and_the_mail_folder_must_be_switched_on_not_fallen_into() {
        assertThat(problems(developmentDefaults(), false, true)).isEmpty();
        Map<String, String> nothingSet = new HashMap<>();
        assertThat(String.join("\n", problems(nothingSet, false, false)))
                .contains("STRIPE_STUB=true")
                .contains("MAIL_FOLDER");
    }
}
