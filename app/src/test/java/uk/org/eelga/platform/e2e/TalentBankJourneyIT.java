package uk.org.eelga.platform.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.org.eelga.platform.support.RealBrowser.PLATFORM;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.RealBrowser;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.talentbank.RequestSummary;
import uk.org.eelga.platform.talentbank.TalentBankCatalogue;
import uk.org.eelga.platform.talentbank.TalentBankDesk;
import uk.org.eelga.platform.talentbank.TalentBankJourneys;

/** Chromium: staff quote, the council accepts, staff invoice, Stripe's paid webhook arrives, both see "Paid". */
@PlatformIT
class TalentBankJourneyIT {

    @RegisterExtension
    static final RealBrowser chromium = new RealBrowser();

    @Inject
    TalentBankJourneys journeys;

    @Inject
    TalentBankCatalogue catalogue;

    @Inject
    TalentBankDesk desk;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void staff_quote_the_council_accepts_staff_invoice_and_both_see_it_paid_after_the_webhook() {
        RequestSummary request = journeys.requested(Fixtures.NORA, "NCC-E2E-1");
        BrowserContext staffSession = chromium.newSession();
        BrowserContext councilSession = chromium.newSession();
        try {
            Page staff = staffSession.newPage();
            RealBrowser.signIn(staff, "staff@eelga.demo");
            staff.waitForURL(PLATFORM + "/console");
            staff.navigate(PLATFORM + "/console/talent-bank");
            staff.getByText(request.scope()).first().click();
            staff.getByLabel("Days", new Page.GetByLabelOptions().setExact(true))
                    .fill("2.5");
            staff.getByLabel("Day rate (£)").fill("800");
            staff.getByText("Send quote").click();
            assertThat(staff.getByText("Done: Quoted.")).isVisible();

            Page council = councilSession.newPage();
            RealBrowser.signIn(council, "officer@norwich.demo");
            council.waitForURL(PLATFORM + "/portal");
            council.navigate(PLATFORM + "/portal/talent-bank");
            council.getByLabel("Accept quote for " + request.serviceName()).click();
            assertThat(council.getByText("You accepted the quote")).isVisible();

            long associate = catalogue.associates().get(0).id();
            desk.assign(
                    Fixtures.staff(),
                    Fixtures.NORWICH,
                    request.id(),
                    associate,
                    new BigDecimal("2.5"),
                    LocalDate.now());
            desk.logDelivery(
                    Fixtures.staff(),
                    Fixtures.NORWICH,
                    request.id(),
                    associate,
                    LocalDate.now(),
                    new BigDecimal("2.5"));

            staff.navigate(PLATFORM + "/console/talent-bank");
            staff.getByText(request.scope()).first().click();
            staff.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Invoice").setExact(true))
                    .click();
            assertThat(staff.getByText("Done: Invoiced £2,400.00.")).isVisible();

            staff.navigate(PLATFORM + "/console/invoices");
            staff.getByText("Send waiting invoices now").click();
            assertThat(staff.getByText("1 invoice sent to councils.")).isVisible();
            staff.getByText("Simulate payment").click();
            assertThat(staff.getByText("Payment recorded for")).isVisible();
            assertThat(staff.getByText("Paid", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            RealBrowser.screenshot(staff, "console-invoices-paid");

            council.navigate(PLATFORM + "/portal/invoices");
            assertThat(council.getByText("Paid", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(council.getByText("NCC-E2E-1")).isVisible();
            RealBrowser.screenshot(council, "portal-invoices-paid");
            council.navigate(PLATFORM + "/portal/talent-bank");
            assertThat(council.getByText("Paid", new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
        } finally {
            staffSession.close();
            councilSession.close();
        }
    }
}
