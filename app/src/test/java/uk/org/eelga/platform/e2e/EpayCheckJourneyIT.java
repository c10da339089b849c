package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Real Chromium and Keycloak: a council admin subscribes to ePayCheck (confirming the invoice) and submits pay data
 * for a job family and grade; association staff see the council among this year's subscribers, up to date.
 */
@PlatformIT
class EpayCheckJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate epaycheck_pay_award, epaycheck_project restart identity");
    }

    @Test
    void a_council_admin_subscribes_and_submits_pay_data_and_staff_see_the_council_up_to_date() {
        try (BrowserContext context = chromium.newSession()) {
            Page page = context.newPage();
            RealBrowser.signIn(page, "admin@norwich.demo");
            page.waitForURL(PLATFORM + "/**");
            page.navigate(PLATFORM + "/portal/epaycheck");
            assertThat(RealBrowser.heading(page)).hasText("ePayCheck pay benchmarking");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe for this year"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe and invoice us"))
                    .click();
            assertThat(page.locator("#epaycheck-standing")).containsText("Your council subscribes to ePayCheck");
            // nothing left to do: the button goes rather than stay greyed out
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe for this year")))
                    .hasCount(0);
            page.getByLabel("Job family").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Planning"))
                    .first()
                    .click();
            page.getByLabel("Grade").fill("PO3");
            page.getByLabel("Bottom of the salary range (£ a year)").fill("36000");
            page.getByLabel("Top of the salary range (£ a year)").fill("39500");
            page.getByLabel("Posts", new Page.GetByLabelOptions().setExact(true))
                    .fill("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit pay data"))
                    .click();
            assertThat(page.getByText("Submitted: Planning, PO3, £36,000 to £39,500."))
                    .isVisible();
            RealBrowser.screenshot(page, "portal-epaycheck");
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "staff@eelga.demo", "/console");
            page.navigate(PLATFORM + "/console/epaycheck");
            assertThat(page.locator("#epaycheck-summary")).containsText("1 subscribing council, 0 suspended.");
            assertThat(page.getByText("Norwich City Council").first()).isVisible();
            RealBrowser.screenshot(page, "console-epaycheck");
        }
    }
}
