package uk.org.eelga.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Axe;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;

/**
 * Chromium, through the platform's real page requests: the association admin gives a council a person from the
 * Member councils list, and the person's invitation arrives.
 */
@PlatformIT
class CouncilPeopleJourneyIT {

    static final String INVITED = "journey.person@norwich.demo";

    @RegisterExtension
    static final InvitationSmtp smtp = new InvitationSmtp();

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        keycloak.deleteUserByEmail(INVITED);
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void an_association_admin_invites_a_councils_person_from_the_member_councils_list() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "admin@eelga.demo", "/console");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People of Norwich City Council"))
                    .click();
            page.waitForURL(RealBrowser.PLATFORM + "/console/people/norwich");
            assertThat(RealBrowser.heading(page)).hasText("People of Norwich City Council");
            assertThat(page).hasTitle("People of Norwich City Council | EELGA console");
            assertThat(cell(page, "officer@norwich.demo")).isVisible();
            assertThat(Axe.violations(page)).isEmpty();

            Page.GetByRoleOptions send = new Page.GetByRoleOptions().setName("Send invitation");
            page.getByRole(AriaRole.BUTTON, send).click();
            assertThat(page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter the person's email address")))
                    .isVisible();
            assertThat(Axe.violations(page)).isEmpty();

            page.getByLabel("Email address").fill(INVITED);
            page.getByLabel("First name").fill("Jo");
            page.getByLabel("Last name").fill("Journey");
            page.getByRole(AriaRole.BUTTON, send).click();
            assertThat(page.getByText("Invitation sent to " + INVITED + ".")).isVisible();
            assertThat(cell(page, INVITED)).isVisible();
            RealBrowser.screenshot(page, "console-council-people-invited");
        }
        assertThat(InvitationMail.linkFor(smtp, INVITED)).contains("action-token");
    }

    /** The table's cell showing exactly {@code text}. */
    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content:visible")
                .getByText(text, new Locator.GetByTextOptions().setExact(true))
                .first();
    }
}
