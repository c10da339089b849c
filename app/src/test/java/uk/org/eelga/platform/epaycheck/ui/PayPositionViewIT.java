package uk.org.eelga.platform.epaycheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.eelga.platform.support.Fixtures.CAM;
import static uk.org.eelga.platform.support.Fixtures.NORA;

import com.vaadin.flow.component.Html;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.epaycheck.EpayCheck;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.PayPosition;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/** The portal's "Your pay against the region": chart, table and words from the records, "no figure yet" where due. */
@BrowserlessPages
class PayPositionViewIT {

    private static final List<String> OTHERS = List.of("ipswich", "peterborough", "colchester", "luton", "essex");

    @Inject
    EpayCheck epayCheck;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate epaycheck_pay_award, epaycheck_project restart identity");
    }

    @Test
    void a_subscriber_sees_its_pay_against_the_region_as_chart_table_and_words_and_no_figure_yet_where_too_few() {
        epayCheck.subscribeCouncil(Fixtures.staff(), "norwich");
        for (int i = 0; i < OTHERS.size(); i++) {
            Caller member = Fixtures.memberOf(TenantId.of(OTHERS.get(i)));
            long min = 3_100_000 + i * 100_000L;
            TenantScope.callAs(
                    member, () -> epayCheck.submit(member, JobFamily.PLANNING, "PO3", min, min + 400_000, 0L, 4, 0));
        }
        TenantScope.callAs(
                NORA, () -> epayCheck.submit(NORA, JobFamily.PLANNING, "PO3", 3_000_000L, 3_900_000L, 0L, 3, 0));
        TenantScope.callAs(
                NORA, () -> epayCheck.submit(NORA, JobFamily.FINANCE, "Band <9>", 4_000_000L, 4_500_000L, 0L, 1, 0));

        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORA)) {
            EpayCheckPortalView page = BrowserlessUi.open(EpayCheckPortalView.class);
            List<PayPosition> rows = GridRows.of(page.positions);
            assertThat(rows).hasSize(2);
            PayPosition planning = rows.stream()
                    .filter(p -> p.own().jobFamily() == JobFamily.PLANNING)
                    .findFirst()
                    .orElseThrow();
            // six councils' latest returns: bottoms 30,000 (ours) and 31,000 to 35,000; median of the six 32,500
            assertThat(planning.regional().councils()).isEqualTo(6);
            assertThat(planning.regional().medianMinPence()).isEqualTo(3_250_000);
            assertThat(planning.sentence()).startsWith("Your bottom is £2,500 below the regional median bottom");
            assertThat(rows)
                    .filteredOn(p -> p.own().jobFamily() == JobFamily.FINANCE)
                    .extracting(PayPosition::sentence)
                    .containsExactly("No figure yet: fewer than 5 councils have returned Financial management and"
                            + " accountancy, Band <9>.");
            assertThat(page.positionSummary.getText())
                    .startsWith("Of your 2 job families and grades, 1 have regional figures")
                    .contains("1 have no figure yet");
            Html chart = (Html) page.chart.getChildren().findFirst().orElseThrow();
            assertThat(chart.getInnerHtml())
                    .contains("role=\"img\"", "No figure yet", "Band &lt;9&gt;")
                    .doesNotContain("Band <9>");
        }
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(CAM)) {
            EpayCheckPortalView page = BrowserlessUi.open(EpayCheckPortalView.class);
            assertThat(page.positions.isVisible()).isFalse();
            assertThat(page.chart.getChildren()).isEmpty();
            assertThat(page.positionSummary.getText()).contains("while your council sees the regional figures");
        }
    }
}
