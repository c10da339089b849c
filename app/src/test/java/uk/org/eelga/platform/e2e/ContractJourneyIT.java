package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Real Chromium and Keycloak: a Norwich officer registers a contract (value not shared) with UK dates; a Cambridge
 * officer finds it in the regional register with its value hidden.
 */
@PlatformIT
class ContractJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_officer_registers_a_contract_and_another_council_finds_it_without_its_value() {
        String title = "Household waste collection " + System.nanoTime();
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/contracts");
            assertThat(RealBrowser.heading(page)).hasText("Contract register");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register contract"))
                    .click();
            assertThat(page.getByText("There is a problem")).isVisible();
            page.getByLabel("Title").fill(title);
            page.getByLabel("Supplier", new Page.GetByLabelOptions().setExact(true))
                    .fill("Biffa");
            page.getByLabel("Category").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Waste and recycling"))
                    .first()
                    .click();
            page.getByLabel("Total value (£)").fill("1,250,000");
            // a date picker takes a typed date when Enter commits it, as a keyboard user does
            var starts = page.getByLabel("Starts on");
            starts.fill(LocalDate.now().minusYears(3).format(uk));
            starts.press("Enter");
            var ends = page.getByLabel("Ends on");
            ends.fill(LocalDate.now().plusDays(90).format(uk));
            ends.press("Enter");
            assertThat(ends).hasValue(LocalDate.now().plusDays(90).format(uk));
            page.getByLabel("Contact name").fill("Jo Clarke");
            page.getByLabel("Contact email").fill("jo.clarke@norwich.gov.uk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register contract"))
                    .click();
            assertThat(page.getByText("Registered: " + title)).isVisible();
            assertThat(page.getByText("Ends in 90 days").first()).isVisible();
            RealBrowser.screenshot(page, "portal-contracts");
        }
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@cambridge.demo", "/portal");
            page.navigate(PLATFORM + "/portal/contracts");
            page.getByLabel("Search the regional register").fill("household waste");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            assertThat(page.getByText(title)).isVisible();
            assertThat(page.getByText("Not shared").first()).isVisible();
            assertThat(page.getByText("£1,250,000")).hasCount(0);
        }
    }
}
