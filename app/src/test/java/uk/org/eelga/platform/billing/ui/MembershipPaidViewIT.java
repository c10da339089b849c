package uk.org.eelga.platform.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.billing.MembershipFees;
import uk.org.eelga.platform.billing.MembershipPaidOnPaper;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.council.CouncilKind;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * A year's membership paid before the platform, entered from the ledger: the year's "membership invoices paid" figure
 * counts it and its record says who entered it from what; a year invoiced already, a year without a fee and a caller
 * who is not staff are refused, and 20 staff entering the same payment at once make one invoice.
 */
@BrowserlessPages
class MembershipPaidViewIT {

    static final String YEAR = "2010-11";

    @Inject
    MembershipFees fees;

    @Inject
    MembershipPaidOnPaper payments;

    @Inject
    LiveMeasureCatalogue kinds;

    @Inject
    AssociationWideRead wideRead;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("delete from billing_membership_fee where financial_year = '" + YEAR + "'");
    }

    private static long invoices() {
        return Race.count("select count(*) from billing_invoice where source_ref = 'membership-" + YEAR + "'");
    }

    @Test
    void staff_enter_a_councils_past_membership_from_the_ledger_and_the_years_figure_counts_it() {
        fees.set(
                Fixtures.staff(),
                YEAR,
                CouncilKind.DISTRICT,
                new MembershipFees.FeeDraft(250_000, new BigDecimal("20")));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/membership-paid");
        MembershipPaidView view = _get(MembershipPaidView.class);

        view.enter.click();
        assertThat(view.errors.messages())
                .containsExactly(
                        "Choose the council",
                        "Enter the financial year, like 2017-18",
                        "Enter the date it was paid",
                        "Say where the payment is recorded");
        assertThat(invoices()).isZero();

        CouncilSummary norwich = norwich(view);
        view.council.setValue(norwich);
        view.year.setValue(YEAR);
        view.paidOn.setValue(LocalDate.of(2010, 5, 14));
        view.source.setValue("2010-11 sales ledger");
        view.enter.click();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(view.entered.getText())
                .isEqualTo("Norwich City Council's 2010-11 membership (£3,000.00) is entered as paid on 14 May 2010.");
        assertThat(invoices()).isEqualTo(1);
        // the fee it was entered at now stays as it was
        assertThat(Race.count("select count(*) from billing_membership_fee where financial_year = '" + YEAR
                        + "' and first_invoiced_at is not null"))
                .isEqualTo(1);

        MeasureResult paid = figure();
        assertThat(paid.numerator()).isEqualTo(1L);
        assertThat(paid.evidence())
                .filteredOn(e -> "norwich".equals(e.councilId()))
                .extracting(EvidenceRow::detail)
                .containsExactly("paid; Entered by " + Fixtures.staff().displayName() + " from 2010-11 sales ledger on "
                        + UkTime.date(LocalDate.now(UkTime.ZONE)));

        // the council's own invoice page says where the payment was recorded, not an issue or due day it never had
        long invoice =
                Race.count("select id from billing_invoice where tenant_id = 'norwich' and source_ref = 'membership-"
                        + YEAR + "'");
        BrowserlessUi.signIn(Fixtures.NORA);
        try (var bound = TenantScope.bind(Fixtures.NORA)) {
            UI.getCurrent().navigate("portal/invoices/" + invoice);
            Map<String, String> facts = InvoiceViewIT.facts(_get(InvoiceView.class));
            assertThat(facts)
                    .containsEntry(
                            "Recorded",
                            "Entered by " + Fixtures.staff().displayName() + " from 2010-11 sales ledger on "
                                    + UkTime.date(LocalDate.now(UkTime.ZONE)))
                    .containsEntry("Paid", "14 May 2010")
                    .doesNotContainKeys("Issued", "Due");
        }
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/membership-paid");
        view = _get(MembershipPaidView.class);

        // the same year again is refused at the council, and nothing more is made
        view.council.setValue(norwich(view));
        view.year.setValue(YEAR);
        view.paidOn.setValue(LocalDate.of(2010, 6, 1));
        view.source.setValue("2010-11 sales ledger");
        view.enter.click();
        assertThat(view.errors.messages())
                .containsExactly("The council already has a membership invoice for 2010-11: see Invoices.");
        assertThat(view.council.isInvalid()).isTrue();
        assertThat(invoices()).isEqualTo(1);
    }

    @Test
    void a_year_without_a_fee_for_the_councils_kind_is_refused_at_the_year() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/membership-paid");
        MembershipPaidView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(MembershipPaidView.class);
        view.council.setValue(norwich(view));
        view.year.setValue(YEAR);
        view.paidOn.setValue(LocalDate.of(2010, 5, 14));
        view.source.setValue("2010-11 sales ledger");
        view.enter.click();
        assertThat(view.errors.messages())
                .containsExactly(
                        "There is no 2010-11 fee for district councils: set it on the Membership fees page first.");
        assertThat(view.year.isInvalid()).isTrue();
        assertThat(invoices()).isZero();
    }

    @Test
    void a_council_officer_can_neither_open_the_page_nor_enter_a_payment() {
        BrowserlessUi.signIn(Fixtures.NORA);
        UI.getCurrent().navigate("console/membership-paid");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(MembershipPaidView.class))
                .isEmpty();
        assertThatThrownBy(() ->
                        payments.enter(Fixtures.NORA, Fixtures.NORWICH, YEAR, LocalDate.of(2010, 5, 14), "ledger"))
                .isInstanceOf(MembershipPaidOnPaper.Refused.class)
                .hasMessageContaining("Only association staff");
        assertThat(invoices()).isZero();
    }

    @Test
    void twenty_staff_entering_the_same_payment_at_once_make_one_invoice() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.DISTRICT, new MembershipFees.FeeDraft(250_000, BigDecimal.ZERO));
        List<String> outcomes = Race.outcomes(() -> payments.enter(
                Fixtures.staff(), Fixtures.NORWICH, YEAR, LocalDate.of(2010, 5, 14), "2010-11 sales ledger"));
        assertThat(Race.counted(outcomes)).isEqualTo(Map.of("ok", 1L, "Refused", (long) Race.CALLERS - 1));
        assertThat(invoices()).isEqualTo(1);
    }

    @Test
    void a_day_to_come_and_a_blank_source_are_refused_by_the_service_too() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.DISTRICT, new MembershipFees.FeeDraft(250_000, BigDecimal.ZERO));
        assertThatThrownBy(() -> payments.enter(
                        Fixtures.staff(),
                        Fixtures.NORWICH,
                        YEAR,
                        LocalDate.now(UkTime.ZONE).plusDays(3),
                        " "))
                .isInstanceOf(MembershipPaidOnPaper.Refused.class)
                .hasMessageContaining("The day it was paid cannot be in the future")
                .hasMessageContaining("Say where the payment is recorded");
        assertThat(invoices()).isZero();
    }

    @Test
    void the_years_invoicing_run_lists_every_problem_at_its_field_and_skips_a_year_paid_on_paper() {
        fees.set(Fixtures.staff(), YEAR, CouncilKind.DISTRICT, new MembershipFees.FeeDraft(250_000, BigDecimal.ZERO));
        payments.enter(Fixtures.staff(), Fixtures.NORWICH, YEAR, LocalDate.of(2010, 5, 14), "2010-11 sales ledger");
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/invoices");
        InvoicesConsoleView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(InvoicesConsoleView.class);

        view.year.setValue("");
        view.dueOn.clear();
        view.run.click();
        assertThat(view.runErrors.messages())
                .containsExactly("Enter the financial year, like 2026-27", "Enter the due date");

        view.year.setValue(YEAR);
        view.dueOn.setValue(LocalDate.now(UkTime.ZONE).minusDays(1));
        view.run.click();
        assertThat(view.runErrors.messages()).singleElement().satisfies(m -> assertThat(m)
                .startsWith("The due date must be today or in the future"));
        assertThat(view.dueOn.isInvalid()).isTrue();
        assertThat(invoices()).isEqualTo(1);

        view.dueOn.setValue(LocalDate.now(UkTime.ZONE).plusDays(30));
        view.run.click();
        assertThat(view.runErrors.hasProblems()).isFalse();
        long districts = Race.count("select count(*) from council where kind = 'DISTRICT' and status = 'ACTIVE'");
        assertThat(view.runDone.getText())
                .startsWith((districts - 1) + " councils invoiced, 1 already invoiced; no fee set for ");
        assertThat(invoices()).isEqualTo(districts);
    }

    private MeasureResult figure() {
        return wideRead.read(Fixtures.staff(), "test", connection -> kinds.find("membership-invoices-paid")
                .orElseThrow()
                .compute(new LiveMeasureQuery(Map.of(), ReportingPeriod.parse(YEAR), connection)));
    }

    private static CouncilSummary norwich(MembershipPaidView view) {
        return view.council
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals("norwich"))
                .findFirst()
                .orElseThrow();
    }
}
