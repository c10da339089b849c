package uk.org.eelga.platform.health;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.JwksRelay;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TcpProxy;
import uk.org.eelga.platform.ui.ProblemView;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/**
 * Issue 11, point 7. The platform reaches PostgreSQL through a pass-through this test can cut, and the realm's keys
 * through a relay it can switch off: with the database gone, API calls and pages answer 503 within two seconds and
 * /health says DOWN at once; with Keycloak gone, valid tokens keep working on the cached keys and only a token that
 * cannot be checked gets 503. Anonymous /health says only UP or DOWN; staff see the parts.
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutagesIT implements TestPropertyProvider {

    static final Duration FAST = Duration.ofSeconds(2);

    TcpProxy database;
    JwksRelay keycloak;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        try {
            int pg = Integer.parseInt(System.getenv().getOrDefault("PG_PORT", "55432"));
            database = new TcpProxy(pg);
            keycloak = new JwksRelay();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "datasources.default.url",
                "jdbc:postgresql://127.0.0.1:" + database.port() + "/"
                        + System.getenv().getOrDefault("PG_TEST_DATABASE", "eelga_test"),
                "eelga.oidc.jwks-url",
                keycloak.url(),
                "eelga.oidc.keys-refresh-interval",
                "0s");
    }

    @AfterAll
    void close() throws Exception {
        database.close();
        keycloak.close();
    }

    @Test
    void anonymous_health_says_only_up_or_down_and_staff_see_the_parts() {
        Api.Answer health = Api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().size()).as(health.body()).isEqualTo(1);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");

        assertThat(Api.get("/api/v1/staff/health", DemoTokens.accessToken("officer@norwich.demo"))
                        .status())
                .isEqualTo(403);
        Api.Answer details = Api.get("/api/v1/staff/health", DemoTokens.accessToken("staff@eelga.demo"));
        assertThat(details.status()).as(details.body()).isEqualTo(200);
        assertThat(details.body()).contains("jdbc").contains("keycloak");
    }

    @Test
    void with_the_database_down_api_pages_and_health_answer_503_within_two_seconds_and_recover() throws Exception {
        String officer = DemoTokens.accessToken("officer@norwich.demo");
        try (RealBrowser chromium = new RealBrowser();
                BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            assertThat(Api.get("/api/v1/council/events", officer).status()).isEqualTo(200);

            database.cut();
            try {
                Api.Answer api = timed(() -> Api.get("/api/v1/council/events", officer));
                assertThat(api.status()).as(api.body()).isEqualTo(503);
                assertThat(api.json().get("code").asText()).isEqualTo("unavailable");
                assertThat(api.body()).doesNotContain("SQL", "jdbc", "Hikari", "Exception");

                Api.Answer health = timed(() -> Api.get("/health", null));
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
                assertThat(health.json().size()).isEqualTo(1);

                Response calm = timed(() -> page.navigate(PLATFORM + "/portal/events"));
                assertThat(calm.status()).isEqualTo(503);
                assertThat(page.content()).contains("unavailable just now").doesNotContain("AsyncContext");
                RealBrowser.screenshot(page, "database-down");
            } finally {
                database.restore();
            }
            Instant back = Instant.now();
            while (Api.get("/health", null).status() != 200 && Instant.now().isBefore(back.plusSeconds(20))) {
                Thread.sleep(250);
            }
            assertThat(Api.get("/api/v1/council/events", officer).status()).isEqualTo(200);
            page.navigate(PLATFORM + "/portal");
            assertThat(page.url()).isEqualTo(PLATFORM + "/portal");
        }
    }

    /**
     * A page that loses the database while it opens (in a request that began with it: the pool's read transactions
     * all taken under load, as in the 400-session run) gets the calm "unavailable just now" page, never Vaadin's own
     * error page naming the failure, and opens again once the database is back.
     */
    @Test
    void a_page_that_loses_the_database_while_opening_says_so_in_plain_words() throws Exception {
        BrowserlessUi.start(context);
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            database.cut();
            try {
                UI.getCurrent().navigate("portal/coaching");
                assertThat(_get(ProblemView.class).getElement().getTextRecursively())
                        .contains("Sorry, the platform is unavailable just now", "Nothing you did was lost")
                        .doesNotContain("SQL", "JDBC", "Hikari", "Exception", "navigate");
            } finally {
                database.restore();
                awaitHealthy();
            }
            Instant back = Instant.now();
            while (!_find(ProblemView.class).isEmpty() && Instant.now().isBefore(back.plusSeconds(20))) {
                UI.getCurrent().navigate("portal");
                UI.getCurrent().navigate("portal/coaching");
            }
            assertThat(_find(ProblemView.class)).isEmpty();
            assertThat(_get(H1.class).getText()).isEqualTo("Coaching programme");
        } finally {
            BrowserlessUi.stop();
        }
    }

    private static void awaitHealthy() throws InterruptedException {
        Instant back = Instant.now();
        while (Api.get("/health", null).status() != 200 && Instant.now().isBefore(back.plusSeconds(20))) {
            Thread.sleep(250);
        }
    }

    @Test
    void with_keycloak_down_valid_tokens_keep_working_and_an_uncheckable_one_gets_503() throws Exception {
        String officer = DemoTokens.accessToken("officer@norwich.demo");
        assertThat(Api.get("/api/v1/me", officer).status()).isEqualTo(200);
        keycloak.stop();

        Api.Answer stillFine = Api.get("/api/v1/me", officer);
        assertThat(stillFine.status()).as(stillFine.body()).isEqualTo(200);
        // a token signed with a key the platform has never seen: a new realm key or a forgery, it cannot tell now
        var other = new RSAKeyGenerator(2048).keyID("rotated-while-down").generate();
        SignedJWT unknownKey = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(other.getKeyID())
                        .build(),
                SignedJWT.parse(officer).getJWTClaimsSet());
        unknownKey.sign(new RSASSASigner(other));
        Api.Answer cannotTell = timed(() -> Api.get("/api/v1/me", unknownKey.serialize()));
        assertThat(cannotTell.status()).as(cannotTell.body()).isEqualTo(503);
        JsonNode problem = cannotTell.json();
        assertThat(problem.get("code").asText()).isEqualTo("token-check-unavailable");
        // and the health check stays UP: tokens can still be checked with the keys held
        assertThat(Api.get("/health", null).status()).isEqualTo(200);
    }

    private static <T> T timed(Supplier<T> call) {
        Instant start = Instant.now();
        T result = call.get();
        assertThat(Duration.between(start, Instant.now())).isLessThan(FAST);
        return result;
    }
}
