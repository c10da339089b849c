package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakIdentityProviders;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProvider;
import uk.org.eelga.tenancy.signinprovider.ui.SignInProvidersView;

/**
 * A council signs in with its own identity provider: a second Keycloak realm ({@code demo-council-idp}, imported
 * by infra/keycloak) stands in for the council's Entra ID. Staff link it through the API; the council's person
 * types their work address on the platform's sign-in page, is sent to their own provider, and arrives in their
 * council's portal as an officer without ever having had a platform password.
 */
@PlatformIT
class CouncilSignInProviderIT {

    static final String ID = "broker-vale";
    static final String ALIAS = "council-broker-vale";
    static final String ADMIN = "first.admin@brokervale.demo";
    static final String PERSON = "jo.bloggs@brokervale.demo";
    static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
    static final String ISSUER = KEYCLOAK + "/realms/demo-council-idp";

    @RegisterExtension
    static final InvitationSmtp smtp = new InvitationSmtp();

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    KeycloakIdentityProviders providers;

    @Inject
    ApplicationContext context;

    @BeforeEach
    void onboardBrokerVale() throws Exception {
        clean();
        Api.Answer onboarded = Api.postObject(
                "/api/v1/councils",
                adminToken(),
                Map.of(
                        "id", ID,
                        "name", "Broker Vale District Council",
                        "kind", "DISTRICT",
                        "countyArea", "Suffolk",
                        "emailDomains", List.of("brokervale.demo", "brokervale.gov.uk"),
                        "adminEmail", ADMIN,
                        "adminFirstName", "Bea",
                        "adminLastName", "Vale"));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    }

    @AfterEach
    void clean() throws Exception {
        providers.remove(ALIAS);
        keycloak.deleteOrganisation(ID);
        keycloak.deleteUserByEmail(ADMIN);
        keycloak.deleteUserByEmail(PERSON);
        TestDatabase.clearTenantData();
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council_domain where council_id = '" + ID + "'");
            owner.createStatement().execute("delete from council where id = '" + ID + "'");
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    static Map<String, Object> link(String domain) {
        Map<String, Object> link = new HashMap<>();
        link.put("discoveryUrl", ISSUER);
        link.put("clientId", "eelga-platform-broker");
        link.put("clientSecret", "council-idp-dev-secret");
        link.put("domain", domain);
        return link;
    }

    @Test
    void a_person_of_a_linked_council_signs_in_with_their_councils_provider_and_arrives_as_an_officer() {
        Api.Answer linked = Api.putObject("/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link(null));

        assertThat(linked.status()).as(linked.body()).isEqualTo(400);
        assertThat(linked.json().get("code").asText()).isEqualTo("domain");

        linked = Api.putObject("/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link("brokervale.demo"));

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("domain").asText()).isEqualTo("brokervale.demo");
        assertThat(linked.json().get("clientId").asText()).isEqualTo("eelga-platform-broker");
        assertThat(linked.json().get("issuer").asText()).endsWith("/realms/demo-council-idp");
        assertThat(linked.json().get("redirectsByEmailDomain").asBoolean()).isTrue();
        assertThat(linked.body()).doesNotContain("council-idp-dev-secret");
        assertThat(keycloak.findOrganisation(ID)).get().satisfies(org -> assertThat(
                        providers.find(ALIAS).orElseThrow().organisationId())
                .isEqualTo(org.id()));
        assertThat(keycloak.findUserByEmail(PERSON)).isEmpty();

        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            page.navigate(RealBrowser.PLATFORM + "/");
            page.waitForURL(Pattern.compile(".*/realms/eelga/protocol/openid-connect/auth.*"));
            page.locator("#username").fill(PERSON);
            page.locator("#kc-login").click();
            // The email's domain belongs to Broker Vale, whose provider is linked: Keycloak sends them there.
            page.waitForURL(Pattern.compile(".*/realms/demo-council-idp/.*"));
            RealBrowser.screenshot(page, "council-own-identity-provider");
            if (!page.locator("#username").inputValue().equals(PERSON)) {
                page.locator("#username").fill(PERSON);
            }
            page.locator("#password").fill(DemoTokens.PASSWORD);
            page.locator("#kc-login").click();
            page.waitForURL(RealBrowser.PLATFORM + "/portal");
            assertThat(RealBrowser.heading(page)).hasText("Broker Vale District Council");
            RealBrowser.screenshot(page, "council-own-identity-provider-portal");
        }

        var person = keycloak.findUserByEmail(PERSON).orElseThrow();
        assertThat(person.firstName()).isEqualTo("Jo");
        assertThat(person.realmRoles())
                .contains("council-officer")
                .doesNotContain("council-admin", "association-admin");
        assertThat(keycloak.isMember(keycloak.findOrganisation(ID).orElseThrow().id(), person.id()))
                .isTrue();
        assertThat(AuditTrail.actions()).contains("council.sign-in-provider.linked");
    }

    @Test
    void staff_see_the_link_other_councils_do_not_and_unlinking_removes_it_from_keycloak() {
        assertThat(Api.putObject(
                                "/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link("brokervale.gov.uk"))
                        .status())
                .isEqualTo(200);

        Api.Answer seenByStaff =
                Api.get("/api/v1/councils/" + ID + "/sign-in-provider", DemoTokens.accessToken("staff@eelga.demo"));
        assertThat(seenByStaff.status()).as(seenByStaff.body()).isEqualTo(200);
        assertThat(seenByStaff.json().get("domain").asText()).isEqualTo("brokervale.gov.uk");
        Api.Answer list = Api.get("/api/v1/sign-in-providers", DemoTokens.accessToken("staff@eelga.demo"));
        assertThat(list.json().findValuesAsText("councilId")).containsExactly(ID);
        assertThat(Api.get("/api/v1/councils/" + ID + "/sign-in-provider", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/sign-in-providers", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(403);

        Api.Answer unlinked = Api.delete("/api/v1/councils/" + ID + "/sign-in-provider", adminToken());

        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(204);
        assertThat(providers.find(ALIAS)).isEmpty();
        assertThat(Api.get("/api/v1/councils/" + ID + "/sign-in-provider", adminToken())
                        .status())
                .isEqualTo(404);
        assertThat(AuditTrail.actions())
                .containsSubsequence("council.sign-in-provider.linked", "council.sign-in-provider.unlinked");
    }

    @Test
    void the_reconcile_check_reports_a_provider_whose_domain_the_council_no_longer_has() throws Exception {
        assertThat(Api.putObject(
                                "/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link("brokervale.gov.uk"))
                        .status())
                .isEqualTo(200);
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        // Empty lists are left out of the JSON, so path() (a missing node is empty too).
        assertThat(Api.get("/api/v1/reconcile", staff).json().path("misplacedSignInProviders"))
                .isEmpty();

        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement().execute("delete from council_domain where domain = 'brokervale.gov.uk'");
        }

        assertThat(Api.get("/api/v1/reconcile", staff)
                        .json()
                        .get("misplacedSignInProviders")
                        .toString())
                .contains(ALIAS + ": brokervale.gov.uk is not a domain of Broker Vale District Council");
    }

    @Test
    void when_a_council_leaves_its_own_sign_in_provider_goes_with_it() {
        assertThat(Api.putObject("/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link("brokervale.demo"))
                        .status())
                .isEqualTo(200);

        Api.Answer left =
                Api.postObject("/api/v1/councils/" + ID + "/leave", adminToken(), Map.of("reason", "Left in a test"));

        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(providers.find(ALIAS)).isEmpty();
        assertThat(AuditTrail.actions()).contains("council.sign-in-provider.removed");
    }

    @Test
    void bad_links_are_refused_with_a_reason_and_create_nothing() {
        Map<String, Object> otherCouncilsDomain = link("norwich.demo");
        Map<String, Object> plainHttp = link("brokervale.demo");
        plainHttp.put("discoveryUrl", "http://login.example.com/tenant/v2.0");
        Map<String, Object> nothingThere = link("brokervale.demo");
        nothingThere.put("discoveryUrl", KEYCLOAK + "/realms/no-such-realm");
        Map<String, Object> noSecret = link("brokervale.demo");
        noSecret.remove("clientSecret");

        assertThat(code(otherCouncilsDomain)).isEqualTo("foreign-domain");
        assertThat(code(plainHttp)).isEqualTo("bad-discovery-url");
        assertThat(code(nothingThere)).isEqualTo("discovery-failed");
        assertThat(code(noSecret)).isEqualTo("client-secret");
        assertThat(Api.putObject(
                                "/api/v1/councils/norwich-again/sign-in-provider",
                                adminToken(),
                                link("brokervale.demo"))
                        .status())
                .isEqualTo(404);
        assertThat(providers.find(ALIAS)).isEmpty();
        assertThat(AuditTrail.actions()).doesNotContain("council.sign-in-provider.linked");
    }

    @Test
    void only_association_admins_link_a_provider_not_staff_nor_any_council_admin() {
        for (String user : List.of("staff@eelga.demo", "admin@norwich.demo", "officer@norwich.demo")) {
            Api.Answer refused = Api.putObject(
                    "/api/v1/councils/" + ID + "/sign-in-provider",
                    DemoTokens.accessToken(user),
                    link("brokervale.demo"));
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
        // A council admin cannot link their own council either: the provider decides who is in the council.
        Api.Answer own = Api.putObject(
                "/api/v1/councils/norwich/sign-in-provider",
                DemoTokens.accessToken("admin@norwich.demo"),
                link("norwich.demo"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(providers.find(ALIAS)).isEmpty();
        assertThat(providers.find("council-norwich")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_association_admin_links_and_unlinks_a_council_on_the_console_page() {
        BrowserlessUi.start(context);
        try {
            BrowserlessUi.signIn(Fixtures.associationAdmin());
            UI.getCurrent().navigate(SignInProvidersView.class);
            ComboBox<CouncilSummary> council = _get(ComboBox.class, spec -> spec.withLabel("Council"));
            council.setValue(council.getListDataView()
                    .getItems()
                    .filter(c -> c.id().equals(ID))
                    .findFirst()
                    .orElseThrow());
            _get(TextField.class, spec -> spec.withLabel("Sign-in address of the council's provider"))
                    .setValue("http://login.example.com/tenant/v2.0");
            _get(TextField.class, spec -> spec.withLabel("Application ID")).setValue("eelga-platform-broker");
            _get(PasswordField.class, spec -> spec.withLabel("Application secret"))
                    .setValue("council-idp-dev-secret");

            _click(_get(Button.class, spec -> spec.withText("Link council")));

            // Two domains: none is chosen for the admin, and a plain-http address is refused; nothing is lost.
            assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("Choose which of"));
            Select<String> domain = _get(Select.class, spec -> spec.withLabel("Email domain that signs in there"));
            domain.setValue("brokervale.gov.uk");
            _click(_get(Button.class, spec -> spec.withText("Link council")));
            assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("is not an https address"));
            assertThat(_get(TextField.class, spec -> spec.withLabel("Application ID"))
                            .getValue())
                    .isEqualTo("eelga-platform-broker");

            _get(TextField.class, spec -> spec.withLabel("Sign-in address of the council's provider"))
                    .setValue(ISSUER);
            _click(_get(Button.class, spec -> spec.withText("Link council")));

            Grid<CouncilSignInProvider> grid = _get(Grid.class);
            assertThat(GridRows.of(grid))
                    .extracting(CouncilSignInProvider::councilId, CouncilSignInProvider::domain)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ID, "brokervale.gov.uk"));
            assertThat(providers.find(ALIAS)).isPresent();

            _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "action"));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

            assertThat(GridRows.of(grid)).isEmpty();
            assertThat(providers.find(ALIAS)).isEmpty();
        } finally {
            BrowserlessUi.stop();
        }
    }

    @Test
    void staff_see_the_console_page_without_the_link_form() {
        BrowserlessUi.start(context);
        try {
            BrowserlessUi.signIn(Fixtures.staff());
            UI.getCurrent().navigate(SignInProvidersView.class);
            assertThat(_find(Button.class, spec -> spec.withText("Link council")))
                    .isEmpty();
            assertThat(_find(Grid.class)).hasSize(1);
        } finally {
            BrowserlessUi.stop();
        }
    }

    private static String code(Map<String, Object> link) {
        Api.Answer answer = Api.putObject("/api/v1/councils/" + ID + "/sign-in-provider", adminToken(), link);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().get("code").asText();
    }

    private static String adminToken() {
        return DemoTokens.accessToken("admin@eelga.demo");
    }
}
