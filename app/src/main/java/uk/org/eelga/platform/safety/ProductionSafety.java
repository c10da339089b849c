package uk.org.eelga.platform.safety;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checked before anything else starts. Everywhere: the local Stripe stub and mail written to a folder run only when
 * switched on ({@code STRIPE_STUB=true}, {@code MAIL_FOLDER}), never because a setting is missing. With
 * {@code EELGA_ENV=production} also none of the development defaults (secrets published in this repository, the
 * stub, the mail folder, demo data, plain-http addresses, the demo realm's direct-grant client) may be in use: the
 * platform refuses to start and lists every problem with the setting that fixes it.
 */
@Context
public class ProductionSafety {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionSafety.class);

    /** Secrets that are in this repository (application.yml, the demo realm, the test settings). */
    static final List<String> PUBLIC_SECRETS = List.of(
            "whsec_local_stub_secret",
            "whsec_test_secret_for_signatures",
            "eelga-app-dev",
            "eelga-owner-dev",
            "eelga-platform-dev-secret",
            "eelga-tenant-admin-dev-secret");

    ProductionSafety(Environment environment) {
        Function<String, String> settings =
                name -> environment.getProperty(name, String.class).orElse("");
        boolean production =
                "production".equalsIgnoreCase(settings.apply("eelga.env").strip());
        List<String> problems = problems(
                settings,
                production,
                probe(settings.apply("eelga.oidc.backchannel"), settings.apply("eelga.oidc.realm")),
                ClientSecrets.probe(settings));
        if (!problems.isEmpty()) {
            String message = (production
                            ? "EELGA_ENV=production, but the platform would run with development settings:"
                            : "The platform cannot start:")
                    + "\n  - " + String.join("\n  - ", problems);
            LOG.error(message);
            throw new ConfigurationException(message);
        }
        if (production) {
            LOG.info("Production settings checked: no development defaults in use");
        }
    }

    /** A check that can fail closed: answers whether the demo realm's direct-grant client is usable. */
    interface DirectGrantProbe {
        boolean allowsPasswords() throws Exception;
    }

    /** Every problem with these settings, the client secrets not asked of Keycloak. */
    static List<String> problems(Function<String, String> settings, boolean production, DirectGrantProbe probe) {
        return problems(settings, production, probe, List::of);
    }

    /** Every problem with these settings; empty when the platform may start. */
    static List<String> problems(
            Function<String, String> settings,
            boolean production,
            DirectGrantProbe probe,
            ClientSecrets.Probe clientSecrets) {
        List<String> problems = new ArrayList<>();
        boolean noStripeKey = settings.apply("eelga.stripe.secret-key").isBlank();
        boolean stub = Boolean.parseBoolean(settings.apply("eelga.stripe.stub").strip());
        boolean noSmtp = settings.apply("eelga.mail.smtp-host").isBlank();
        boolean mailFolder = !settings.apply("eelga.mail.folder").isBlank();
        if (noStripeKey && !stub) {
            problems.add("No STRIPE_SECRET_KEY: set it, or STRIPE_STUB=true to use the local Stripe stub"
                    + " (development and tests only).");
        }
        if (noSmtp && !mailFolder) {
            problems.add("No SMTP_HOST: set it, or MAIL_FOLDER to write mail as files (development and tests only).");
        }
        if (!production) {
            return problems;
        }
        secret(problems, settings, "eelga.stripe.webhook-secret", "STRIPE_WEBHOOK_SECRET");
        secret(problems, settings, "datasources.default.password", "PG_APP_PASSWORD");
        secret(problems, settings, "eelga.database.owner-password", "PG_OWNER_PASSWORD");
        secret(problems, settings, "eelga.oidc.client-secret", "KEYCLOAK_CLIENT_SECRET");
        secret(problems, settings, "eelga.keycloak-admin.client-secret", "KEYCLOAK_ADMIN_CLIENT_SECRET");
        if (stub) {
            problems.add(
                    "STRIPE_STUB=true: the local Stripe stub is for development and tests; set STRIPE_SECRET_KEY.");
        } else if (noStripeKey) {
            // already said above
        } else if (settings.apply("eelga.stripe.secret-key").startsWith("sk_test_local")) {
            problems.add("STRIPE_SECRET_KEY is the local stub's key; set the live key.");
        }
        if (mailFolder) {
            problems.add(
                    "MAIL_FOLDER is set: mail would be written to a folder instead of sent; unset it and set SMTP_HOST.");
        }
        if (Boolean.parseBoolean(settings.apply("eelga.demo-data.enabled").strip())
                || Boolean.parseBoolean(
                        settings.apply("eelga.database.demo-data").strip())) {
            problems.add("EELGA_DEMO_DATA=true would load demo records; unset it.");
        }
        https(problems, settings.apply("eelga.oidc.platform-url"), "PUBLIC_URL");
        https(problems, settings.apply("eelga.oidc.issuer"), "KEYCLOAK_PUBLIC_URL");
        String apiBase = settings.apply("eelga.stripe.api-base").strip();
        if (!apiBase.isEmpty()) {
            https(problems, apiBase, "STRIPE_API_BASE");
        }
        if (!noSmtp) {
            problems.addAll(ProductionMail.problems(settings));
        }
        try {
            problems.addAll(clientSecrets.problems());
        } catch (Exception e) {
            problems.add("Could not check the Keycloak client secrets (" + e.getMessage()
                    + "): KEYCLOAK_URL must answer when the platform starts.");
        }
        try {
            if (probe.allowsPasswords()) {
                problems.add("Keycloak's realm has the demo realm's direct-grant client 'eelga-cli' (passwords sent"
                        + " to the token endpoint): remove it or switch off its direct access grants.");
            }
        } catch (Exception e) {
            problems.add("Could not check Keycloak's realm for the demo direct-grant client (" + e.getMessage()
                    + "): KEYCLOAK_URL must answer when the platform starts.");
        }
        return problems;
    }

    private static void secret(List<String> problems, Function<String, String> settings, String name, String variable) {
        String value = settings.apply(name).strip();
        if (value.isEmpty() || PUBLIC_SECRETS.contains(value)) {
            problems.add(variable + " is "
                    + (value.isEmpty() ? "not set" : "the development default published in the repository")
                    + "; set a secret of your own.");
        }
    }

    private static void https(List<String> problems, String url, String variable) {
        if (!url.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add(variable + " is '" + url + "': it must be an https address.");
        }
    }

    /**
     * Asks the realm's token endpoint for a password grant with the demo CLI client and a made-up person: an answer of
     * "wrong credentials" means the client exists and accepts passwords; "client not allowed" or "no such client"
     * means it does not.
     */
    static DirectGrantProbe probe(String backchannel, String realm) {
        return () -> {
            String form = "grant_type=password&client_id=eelga-cli&username="
                    + URLEncoder.encode("startup-check-" + UUID.randomUUID(), StandardCharsets.UTF_8)
                    + "&password=" + UUID.randomUUID();
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            backchannel + "/realms/" + realm + "/protocol/openid-connect/token"))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            String body = Optional.ofNullable(response.body()).orElse("");
            if (body.contains("\"invalid_grant\"")) {
                return true;
            }
            if (body.contains("\"unauthorized_client\"") || body.contains("\"invalid_client\"")) {
                return false;
            }
            throw new IllegalStateException("unexpected answer HTTP " + response.statusCode());
        };
    }
}
