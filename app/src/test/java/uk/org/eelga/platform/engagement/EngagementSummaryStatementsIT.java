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
 * goal 4: the summary's cost beyond its SQL is mostly its statements' round trips). Counted at the connection level
 * by {@link StatementCounter}, for the service, the council's API, the background worker and the staff API.
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
        System.out.println("SUMMARY-COUNT service: " + count);
    }

    @Test
    void a_council_persons_summary_in_the_background() {
        StatementCounter.Count count = counted(
                () -> background.of(Fixtures.NORA, Fixtures.NORWICH, YEAR).join());
        System.out.println("SUMMARY-COUNT background: " + count);
    }

    @Test
    void a_council_persons_summary_through_the_api() {
        String norwich = DemoTokens.accessToken("officer@norwich.demo");
        StatementCounter.Count count = counted(() -> Api.get("/api/v1/council/engagement?period=2019-20", norwich));
        System.out.println("SUMMARY-COUNT council api: " + count);
    }

    @Test
    void a_council_summary_through_the_staff_api() {
        String staff = DemoTokens.accessToken("staff@eelga.demo");
        StatementCounter.Count count =
                counted(() -> Api.get("/api/v1/engagement/councils/norwich/summary?period=2019-20", staff));
        System.out.println("SUMMARY-COUNT staff api: " + count);
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
