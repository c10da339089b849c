package uk.org.eelga.platform.marketplace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.marketplace.Activity;
import uk.org.eelga.platform.marketplace.Listing;
import uk.org.eelga.platform.marketplace.ServiceCategory;
import uk.org.eelga.platform.marketplace.TradeStatus;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/** Browserless tests of the marketplace pages with their real services and database. */
@BrowserlessPages
class MarketplaceViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void norwich_lists_a_service_cambridge_enquires_and_records_the_trade_and_staff_see_both_engaged() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            MarketplacePortalView page = BrowserlessUi.open(MarketplacePortalView.class);
            _click(page.list);
            assertThat(page.listingErrors.messages()).hasSize(6);
            page.title.setValue("Payroll bureau");
            page.description.setValue("Monthly payroll for up to 2,000 staff.");
            page.category.setValue(ServiceCategory.HR);
            page.priceBasis.setValue("£3 a payslip");
            page.area.setValue("East of England");
            page.contactEmail.setValue("payroll@norwich.gov.uk");
            _click(page.list);
            assertThat(page.listingErrors.isVisible()).isFalse();
            assertThat(GridRows.of(page.ours)).extracting(Listing::title).containsExactly("Payroll bureau");
            // its own listing is not offered back to it
            assertThat(GridRows.of(page.offers)).isEmpty();
        }
        restart(Fixtures.CAM);
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.CAM)) {
            MarketplacePortalView page = BrowserlessUi.open(MarketplacePortalView.class);
            _click(page.send);
            assertThat(page.enquiryErrors.messages()).hasSize(2);
            page.offers.select(GridRows.of(page.offers).get(0));
            page.enquiry.setValue("Could you take on our payroll from April?");
            _click(page.send);
            assertThat(page.done.getText()).startsWith("Enquiry sent to Norwich City Council");
            page.ourTrades.select(GridRows.of(page.ourTrades).get(0));
            page.agreedOn.setValue(java.time.LocalDate.now());
            page.value.setValue("18,000");
            page.terms.setValue("Twelve months from April");
            _click(page.recordTrade);
            assertThat(page.tradeErrors.isVisible()).isFalse();
            assertThat(GridRows.of(page.ourTrades).get(0).status()).isEqualTo(TradeStatus.AGREED);
            assertThat(GridRows.of(page.ourTrades).get(0).valuePence()).isEqualTo(1_800_000L);
        }
        restart(Fixtures.NORA);
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.NORA)) {
            MarketplacePortalView page = BrowserlessUi.open(MarketplacePortalView.class);
            assertThat(GridRows.of(page.received)).hasSize(1);
            assertThat(GridRows.of(page.received).get(0).otherCouncilName()).isEqualTo("Cambridge City Council");
        }
        restart(Fixtures.staff());
        MarketplaceConsoleView console = BrowserlessUi.open(MarketplaceConsoleView.class);
        assertThat(console.summary.getText())
                .startsWith("2 of ")
                .contains("1 trade agreed, worth £18,000")
                // the target is yearly: the summary is of the financial year, not the quarter
                .contains(" in "
                        + ReportingPeriod.containing(java.time.LocalDate.now(UkTime.ZONE))
                                .yearLabel() + " (")
                .doesNotContain(" Q");
        assertThat(GridRows.of(console.councils).stream().filter(Activity::engaged))
                .extracting(Activity::councilId)
                .containsExactlyInAnyOrder("norwich", "cambridge");
    }

    @Test
    void before_any_activity_staff_see_no_figure_and_a_council_officer_cannot_open_the_console() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MarketplaceConsoleView.class);
        assertThat(_get(MarketplaceConsoleView.class).summary.getText()).startsWith("No council has listed");
        restart(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/marketplace")).isEqualTo("You cannot open this page");
    }

    private void restart(Caller who) {
        BrowserlessUi.restartAs(who);
    }
}
