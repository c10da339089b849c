package uk.org.eelga.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.StatementCounter;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The statements one engagement summary sends to PostgreSQL once the period's regional medians are cached (issue 13,
 * goal 4: the summary's cost beyond its SQL was mostly its statements' round trips). Counted at the connection level
 * by {@link StatementCounter}, for the service, the background worker, the council's API and the staff API. The
 * council's own figures and the regional records' version are one statement, the surveys' lines one more; before
 * (2 December 2026) the summary alone ran 7 statements in 3 transactions, the council's API call 11 in 7 and the
 * staff's 12 in 6. A budget here may only go down.
 */
@PlatformIT
class EngagementSummaryStatementsIT {

    static final ReportingPeriod YEAR = ReportingPeriod.year(2019);

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @Inject
    EngagementSummaries summaries;

    @Inject
    SummaryInBackground background;

    @Inject
    RegionalFigureCache regional;

    @BeforeEach
    void records() throws Exception {
        EngagementData.clear();
        long assembly = EngagementData.groupMeeting(
                planner, "assembly", "Assembly", LocalDateTime.of(2019, 7, 5, 10, 0), "Cambridge");
        register.record(
                Fixtures.staff(),
                assembly,
                List.of(
                        EngagementFiguresIT.line("norwich", AttendanceStatus.PRESENT),
                        EngagementFiguresIT.line("cambridge", AttendanceStatus.ABSENT)));
    }

    @Test
    void a_council_persons_summary_through_the_service() {
        StatementCounter.Count count = counted(() -> TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> summaries.of(Fixtures.NORA, Fixtures.NORWICH, YEAR)));
        assertWithin(count, 2, 1);
        assertThat(count.repeated())
                .allSatisfy((sql, times) -> assertThat(times).isOne());
    }

    @Test
    void the_first_summary_of_a_period_adds_only_the_four_regional_medians() {
        regional.clear();
        StatementCounter.reset();
        TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> summaries.of(Fixtures.NORA, Fixtures.NORWICH, YEAR));
        StatementCounter.Count count = StatementCounter.count();
        assertWithin(count, 6, 1);
        assertThat(count.repeated().keySet())
                .as(count.toString())
                .filteredOn(sql -> sql.contains("_median"))
                .hasSize(4);
    }

    @Test
    void a_council_persons_summary_in_the_background() {
        StatementCounter.Count count = counted(
                () -> background.of(Fixtures.NORA, Fixtures.NORWICH, YEAR).join());
        assertWithin(count, 2, 1);
    }

    @Test
    void a_council_persons_summary_through_the_api() {
        String norwich = DemoTokens.accessToken("officer@norwich.demo");
        StatementCounter.Count count = counted(() -> Api.get("/api/v1/council/engagement?period=2019-20", norwich));
        // the summary's 2, the bearer token's council and standing (each in a transaction of its own)
        assertWithin(count, 4, 3);
    }

    @Test
    void a_council_summary_through_the_staff_api() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        StatementCounter.Count count =
                counted(() -> Api.get("/api/v1/engagement/councils/norwich/summary?period=2019-20", staff));
        // the summary's 2 (each in a transaction of its own: the audited association-wide read, the council's lines
        // on its behalf), the access log and the reader role in the first, the standing in a transaction of its own
        assertWithin(count, 5, 3);
    }

    /**
     * At most {@code statements} in {@code transactions} besides the council's binding ({@code set_config}, sent in
     * a transaction of its own only when the connection checked out carries another council: it depends on what ran
     * before on that connection).
     */
    private static void assertWithin(StatementCounter.Count count, int statements, int transactions) {
        int bindings = count.repeated().getOrDefault("select set_config('app.tenant_id', ?, ?)", 0);
        assertThat(count.statements() - bindings).as(count.toString()).isLessThanOrEqualTo(statements);
        assertThat(count.transactions() - bindings).as(count.toString()).isLessThanOrEqualTo(transactions);
        // the council's own figures in one statement, the regional records' version read with them
        assertThat(count.repeated().keySet())
                .as(count.toString())
                .filteredOn(sql -> sql.contains("engagement_expected_seat"))
                .hasSize(1);
        assertThat(count.repeated().keySet())
                .as(count.toString())
                .noneMatch(sql -> sql.startsWith("select last_value, is_called from regional_figures_version"));
        assertThat(count.repeated().entrySet())
                .as(count.toString())
                .filteredOn(e -> e.getKey().contains("engagement_expected_seat"))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).isOne());
    }

    /** The second of two calls: the first fills the regional medians' cache. */
    private static StatementCounter.Count counted(Supplier<?> call) {
        Object first = call.get();
        assertThat(first).isNotNull();
        StatementCounter.reset();
        call.get();
        return StatementCounter.count();
    }
}
