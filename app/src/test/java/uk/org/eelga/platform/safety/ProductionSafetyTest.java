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
        settings.put("eelga.mail.smtp-security", "starttls");
        settings.put("eelga.mail.smtp-username", "platform@eelga.gov.uk");
        settings.put("eelga.mail.smtp-password", "relay-password-from-vault");
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

    @Test
    void production_mail_needs_an_account_and_tls_unless_said_otherwise() {
        Map<String, String> noAccount = production();
        noAccount.put("eelga.mail.smtp-username", "");
        noAccount.put("eelga.mail.smtp-password", "");
        assertThat(problems(noAccount, true, false))
                .singleElement()
                .asString()
                .contains("SMTP_USERNAME and SMTP_PASSWORD");
        noAccount.put("eelga.mail.smtp-allow-unauthenticated", "true");
        assertThat(problems(noAccount, true, false)).isEmpty();

        Map<String, String> plain = production();
        plain.put("eelga.mail.smtp-security", "none");
        assertThat(problems(plain, true, false)).singleElement().asString().contains("SMTP_SECURITY=none");
        plain.put("eelga.mail.smtp-host", "127.0.0.1");
        assertThat(problems(plain, true, false)).as("a relay on this host").isEmpty();

        Map<String, String> odd = production();
        odd.put("eelga.mail.smtp-security", "ssl-maybe");
        assertThat(problems(odd, true, false)).singleElement().asString().contains("SMTP_SECURITY");

        Map<String, String> published = production();
        published.put("eelga.mail.smtp-password", "eelga-app-dev");
        assertThat(problems(published, true, false)).singleElement().asString().contains("SMTP_PASSWORD");

        Map<String, String> implicitTls = production();
        implicitTls.put("eelga.mail.smtp-security", "tls");
        assertThat(problems(implicitTls, true, false)).isEmpty();
        assertThat(problems(noAccount, false, false))
                .as("development: as it is")
                .isEmpty();
    }

    @Test
    void a_stripe_api_base_other_than_https_is_refused_in_production() {
        Map<String, String> settings = production();
        settings.put("eelga.stripe.api-base", "http://127.0.0.1:12111");
        assertThat(problems(settings, true, false)).singleElement().asString().contains("STRIPE_API_BASE");
        settings.put("eelga.stripe.api-base", "https://stripe-proxy.eelga.gov.uk");
        assertThat(problems(settings, true, false)).isEmpty();
    }

    @Test
    void client_secrets_keycloak_does_not_accept_are_refused_and_an_unanswered_check_too() {
        assertThat(ProductionSafety.problems(
                        name -> production().getOrDefault(name, ""),
                        true,
                        () -> false,
                        () -> List.of("KEYCLOAK_CLIENT_SECRET is not the secret of client 'eelga-platform'")))
                .singleElement()
                .asString()
                .contains("KEYCLOAK_CLIENT_SECRET");
        assertThat(ProductionSafety.problems(name -> production().getOrDefault(name, ""), true, () -> false, () -> {
                    throw new java.net.ConnectException("Connection refused");
                }))
                .singleElement()
                .asString()
                .contains("Could not check the Keycloak client secrets");
    }
}
