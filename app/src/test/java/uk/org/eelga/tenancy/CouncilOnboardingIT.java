package uk.org.eelga.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;

/** Staff onboard a council; its first admin gets an email, sets a password in Keycloak and signs in. */
@PlatformIT
class CouncilOnboardingIT {

    static final String ID = "test-vale";
    static final String ADMIN = "first.admin@testvale.demo";
    static final String OFFICER = "olly.vale@testvale.demo";

    static GreenMail smtp;
    static RealBrowser chromium;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeAll
    static void start() {
        smtp = InvitationMail.start();
        chromium = new RealBrowser();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        chromium.close();
    }

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        keycloak.deleteOrganisation(ID);
        keycloak.deleteUserByEmail(ADMIN);
        keycloak.deleteUserByEmail(OFFICER);
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council_domain where council_id = '" + ID + "'");
            owner.createStatement().execute("delete from council where id = '" + ID + "'");
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    static Map<String, Object> testVale() {
        return Map.of(
                "name", "Test Vale District Council",
                "kind", "DISTRICT",
                "countyArea", "Suffolk",
                "emailDomains", List.of("testvale.demo"),
                "adminEmail", ADMIN,
                "adminFirstName", "Tess",
                "adminLastName", "Vale");
    }

    @Test
    void staff_onboard_a_council_and_its_invited_admin_sets_a_password_and_signs_in() {
        String admin = DemoTokens.accessToken("admin@eelga.demo");
        Api.Answer answer = Api.postObject("/api/v1/councils", admin, testVale());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("councilId").asText()).isEqualTo(ID);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(keycloak.findOrganisation(ID)).get().satisfies(org -> {
            assertThat(org.domains()).containsExactly("testvale.demo");
            assertThat(keycloak.members(org.id())).extracting(m -> m.email()).containsExactly(ADMIN);
        });

        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            acceptInvitationAndSignIn(page, ADMIN, "A-new-password-1");
            RealBrowser.screenshot(page, "onboarded-admin-portal");

            // The new council's admin invites an officer through the People and roles page.
            page.navigate(RealBrowser.PLATFORM + "/portal/people");
            page.getByLabel("Email address").fill(OFFICER);
            page.getByLabel("First name").fill("Olly");
            page.getByLabel("Last name").fill("Vale");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation"))
                    .click();
            assertThat(page.getByText("Invitation sent to " + OFFICER + ".")).isVisible();
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            acceptInvitationAndSignIn(page, OFFICER, "An-officer-password-2");
            RealBrowser.screenshot(page, "invited-officer-portal");
        }
        assertThat(keycloak.findUserByEmail(OFFICER)).get().satisfies(officer -> assertThat(officer.realmRoles())
                .contains("council-officer")
                .doesNotContain("council-admin"));
        assertThat(AuditTrail.actions()).contains("council.onboarded", "user.invited");
    }

    /** Follows the emailed invitation, sets a password, signs in and expects the council's portal. */
    private void acceptInvitationAndSignIn(Page page, String email, String password) {
        page.navigate(InvitationMail.linkFor(smtp, email));
        if (page.getByText("Click here to proceed").isVisible()) {
            page.getByText("Click here to proceed").click();
        }
        page.locator("#password-new").fill(password);
        page.locator("#password-confirm").fill(password);
        page.locator("[type=submit]").first().click();
        page.waitForLoadState();
        page.navigate(RealBrowser.PLATFORM + "/");
        page.waitForURL(Pattern.compile(".*(/portal|/realms/eelga/.*)"));
        if (page.url().contains("/realms/eelga/")) {
            page.locator("#username").fill(email);
            if (!page.locator("#password").isVisible()) {
                page.locator("#kc-login").click();
            }
            page.locator("#password").fill(password);
            page.locator("#kc-login").click();
        }
        page.waitForURL(RealBrowser.PLATFORM + "/portal");
        assertThat(RealBrowser.heading(page)).hasText("Test Vale District Council");
    }

    @Test
    void an_onboarding_that_stops_halfway_leaves_an_unusable_council_and_a_retry_completes_it() {
        String admin = DemoTokens.accessToken("admin@eelga.demo");
        smtp.stop(); // Keycloak cannot send the invitation
        Api.Answer stopped;
        try {
            stopped = Api.postObject("/api/v1/councils", admin, testVale());
        } finally {
            smtp = InvitationMail.start();
        }
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(202);
        assertThat(stopped.json().get("lastStep").asText()).isEqualTo("FIRST_ADMIN");
        assertThat(status()).isEqualTo("ONBOARDING");
        assertThat(keycloak.findOrganisation(ID)).isPresent();

        Api.Answer again = Api.postObject("/api/v1/councils", admin, testVale());

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(keycloak.organisations())
                .filteredOn(org -> ID.equals(org.alias()))
                .hasSize(1);
        assertThat(InvitationMail.linkFor(smtp, ADMIN)).contains("action-token");
    }

    @Test
    void a_duplicate_name_or_domain_or_an_admin_of_another_domain_is_refused_and_changes_nothing() {
        String admin = DemoTokens.accessToken("admin@eelga.demo");
        Map<String, Object> duplicateName = new java.util.HashMap<>(testVale());
        duplicateName.put("name", "Norwich City Council");
        duplicateName.put("id", "norwich-again");
        Map<String, Object> takenDomain = new java.util.HashMap<>(testVale());
        takenDomain.put("emailDomains", List.of("testvale.demo", "norwich.demo"));
        Map<String, Object> foreignAdmin = new java.util.HashMap<>(testVale());
        foreignAdmin.put("adminEmail", "someone@cambridge.demo");

        assertThat(Api.postObject("/api/v1/councils", admin, duplicateName)
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("duplicate-name");
        assertThat(Api.postObject("/api/v1/councils", admin, takenDomain)
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("duplicate-domain");
        assertThat(Api.postObject("/api/v1/councils", admin, foreignAdmin)
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("foreign-domain");
        assertThat(status()).isNull();
        assertThat(keycloak.findOrganisation(ID)).isEmpty();
    }

    @Test
    void only_association_admins_can_onboard() {
        assertThat(Api.postObject("/api/v1/councils", DemoTokens.accessToken("staff@eelga.demo"), testVale())
                        .status())
                .isEqualTo(403);
        assertThat(Api.postObject("/api/v1/councils", DemoTokens.accessToken("admin@norwich.demo"), testVale())
                        .status())
                .isEqualTo(403);
        assertThat(status()).isNull();
    }

    private static String status() {
        try (Connection owner = TestDatabase.asOwner();
                ResultSet row =
                        owner.createStatement().executeQuery("select status from council where id = '" + ID + "'")) {
            return row.next() ? row.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
