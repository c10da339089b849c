package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.UkTime;

/**
 * Real Chromium and Keycloak, pages only: a Norwich officer lists a service on the Local Government Marketplace; a
 * Cambridge officer finds it, enquires and records the trade agreed; Norwich sees the enquiry; the association's
 * staff see both councils engaged and the trade's value; an Ipswich officer sees the listing but never Cambridge's
 * enquiry.
 */
@PlatformIT
class MarketplaceJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    /** The marketplace's listings and trades are council-owned records: clearing the councils' data removes them. */
    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void norwich_lists_a_service_cambridge_enquires_and_records_the_trade_staff_see_it_and_ipswich_never_does() {
        String service = "Employment law advice " + System.nanoTime();
        String question = "Could you advise our HR team two days a month from April? " + System.nanoTime();
        String today = LocalDate.now(UkTime.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        // Norwich lists a service it sells
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/marketplace");
            assertThat(RealBrowser.heading(page)).hasText("Local Government Marketplace");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List this service"))
                    .click();
            assertThat(page.getByText("There is a problem")).isVisible();
            assertThat(page.getByText("Enter the service's name").first()).isVisible();
            page.getByLabel("Service", new Page.GetByLabelOptions().setExact(true))
                    .fill(service);
            page.getByLabel("What the service offers").fill("Employment law advice from our in-house solicitors.");
            page.getByLabel("Kind of service").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Legal services"))
                    .first()
                    .click();
            page.getByLabel("Price basis").fill("£450 a day");
            page.getByLabel("Area served").fill("Norfolk and Suffolk");
            page.getByLabel("Contact email").fill("legal@norwich.gov.uk");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("List this service"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Listed: " + service + ". Every member council can now see it.");
            assertThat(grid(page, "Listed")).containsText(service);
            assertThat(grid(page, "Listed")).containsText("Live");
        }

        // Cambridge finds it, enquires, and records the trade agreed
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@cambridge.demo", "/portal");
            page.navigate(PLATFORM + "/portal/marketplace");
            Locator offers = grid(page, "Area");
            assertThat(offers).containsText(service);
            assertThat(offers).containsText("Norwich City Council");
            assertThat(offers).containsText("legal@norwich.gov.uk");
            offers.getByText(service).click();
            page.getByLabel("Your enquiry about the chosen service").fill(question);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send enquiry"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Enquiry sent to Norwich City Council about " + service + ".");
            Locator ours = grid(page, "Selling council");
            assertThat(ours).containsText(service);
            assertThat(ours).containsText("Enquiry made");

            // a trade needs its value: the page says so rather than recording nothing
            ours.getByText(service).click();
            page.getByLabel("Terms agreed").fill("Two days a month for twelve months, invoiced quarterly.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the trade"))
                    .click();
            assertThat(page.getByText("There is a problem")).isVisible();
            assertThat(page.getByText("The agreed value is missing").first()).isVisible();

            var agreedOn = page.getByLabel("Agreed on");
            agreedOn.fill(today);
            agreedOn.press("Enter");
            assertThat(agreedOn).hasValue(today);
            page.getByLabel("Agreed value (£)").fill("12,500");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the trade"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Trade recorded: " + service + " from Norwich City Council, £12,500.");
            assertThat(ours).containsText("Trade agreed");
            assertThat(ours).containsText("£12,500");
            RealBrowser.screenshot(page, "portal-marketplace");
        }

        // the seller sees the enquiry and what came of it
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@norwich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/marketplace");
            Locator received = grid(page, "Asking council");
            assertThat(received).containsText("Cambridge City Council");
            assertThat(received).containsText(service);
            assertThat(received).containsText(question);
            assertThat(received).containsText("Trade agreed");
        }

        // the association sees the activity
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "staff@eelga.demo", "/console");
            page.navigate(PLATFORM + "/console/marketplace");
            assertThat(RealBrowser.heading(page)).hasText("Local Government Marketplace");
            assertThat(page.locator("#marketplace-summary")).containsText("2 of ");
            assertThat(page.locator("#marketplace-summary")).containsText("member councils engaged as seller or buyer");
            assertThat(page.locator("#marketplace-summary")).containsText("1 trade agreed, worth £12,500.");
            Locator activity = grid(page, "Enquiries received");
            assertThat(activity).containsText("Norwich City Council");
            assertThat(activity).containsText("Cambridge City Council");
            // Cambridge bought it and Norwich sold it: the same trade on both sides
            assertThat(activity.getByText("1 (£12,500)", new Locator.GetByTextOptions().setExact(true)))
                    .hasCount(2);
            RealBrowser.screenshot(page, "console-marketplace");
        }

        // a third council sees the listing (every member council can) but never Cambridge's enquiry
        try (BrowserContext context = chromium.newSession()) {
            Page page = RealBrowser.signedIn(context, "officer@ipswich.demo", "/portal");
            page.navigate(PLATFORM + "/portal/marketplace");
            assertThat(grid(page, "Area")).containsText(service);
            assertThat(grid(page, "Asking council")).not().containsText("Cambridge City Council");
            assertThat(grid(page, "Selling council")).not().containsText(service);
            assertThat(page.getByText(question)).hasCount(0);
            assertThat(page.getByText("£12,500")).hasCount(0);
        }
    }

    /** The grid with the column header given (grid cells are light-DOM slots of vaadin-grid). */
    private static Locator grid(Page page, String header) {
        return page.locator("vaadin-grid")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(header, new Page.GetByTextOptions().setExact(true))));
    }
}
