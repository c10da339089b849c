package uk.org.eelga.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/** The engagement figures on known records: attended of expected, regional medians, lineage after a merge. */
@PlatformIT
public class EngagementFiguresIT {

    static final ReportingPeriod YEAR = ReportingPeriod.year(2019);
    static final Caller STAFF = Fixtures.staff();
    static final Caller NORWICH_OFFICER = Fixtures.NORA;

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @Inject
    EngagementSummaries summaries;

    @Inject
    RegionalEngagement regional;

    @BeforeEach
    void noMeetings() throws Exception {
        EngagementData.clear();
    }

    @Test
    void present_and_substitute_seats_count_as_attended_of_every_expected_seat() {
        long assembly = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        register.record(
                STAFF,
                assembly,
                List.of(
                        line("norwich", AttendanceStatus.PRESENT),
                        line("cambridge", AttendanceStatus.SUBSTITUTE),
                        line("essex", AttendanceStatus.APOLOGIES),
                        line("ipswich", AttendanceStatus.ABSENT)));

        Fraction figure = register.figure(STAFF, assembly);

        assertThat(figure).isEqualTo(new Fraction(2, 52));
        assertThat(figure.toString()).isEqualTo("2 of 52 (4%)");
    }

    @Test
    void recording_the_same_list_again_changes_nothing_and_a_correction_replaces_the_line() {
        long assembly = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        register.record(STAFF, assembly, List.of(line("norwich", AttendanceStatus.PRESENT)));
        register.record(STAFF, assembly, List.of(line("norwich", AttendanceStatus.PRESENT)));
        assertThat(register.figure(STAFF, assembly).part()).isEqualTo(1);

        register.record(STAFF, assembly, List.of(line("norwich", AttendanceStatus.APOLOGIES)));
        assertThat(register.figure(STAFF, assembly).part()).isZero();
    }

    @Test
    void a_council_summary_shows_its_own_figure_and_the_median_council_beside_it() {
        long first = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        long second = meeting("assembly", LocalDateTime.of(2020, 1, 26, 10, 0));
        // 30 councils at the first meeting, Norwich at both: Norwich 2 of 2; the median council 1 of 2.
        List<AttendanceEntry> thirty = new ArrayList<>();
        for (String council : firstCouncils(30)) {
            thirty.add(line(council, AttendanceStatus.PRESENT));
        }
        register.record(STAFF, first, thirty);
        register.record(STAFF, second, List.of(line("norwich", AttendanceStatus.PRESENT)));

        EngagementSummary summary = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> summaries.of(NORWICH_OFFICER, Fixtures.NORWICH, YEAR));

        EngagementSummary.GroupLine line = summary.groups().get(0);
        assertThat(line.groupName()).isEqualTo("Assembly of Council Leaders");
        assertThat(line.attended()).isEqualTo(new Fraction(2, 2));
        // 52 councils: 22 attended neither (0%), 29 one of two (50%), Norwich both (100%) -> median 50%
        assertThat(line.regionalMedianPercent()).isEqualTo(50);
        assertThat(summary.allMeetings()).isEqualTo(new Fraction(2, 2));
        assertThat(summary.allMeetingsRegionalMedianPercent()).isEqualTo(50);
    }

    @Test
    void a_meeting_still_to_come_expects_nobody_yet_so_it_is_no_seat_missed() {
        LocalDateTime now = LocalDateTime.now(UkTime.ZONE).withSecond(0).withNano(0);
        long held = meeting("assembly", now.minusDays(2));
        meeting("assembly", now.plusDays(20));
        register.record(STAFF, held, List.of(line("norwich", AttendanceStatus.PRESENT)));
        ReportingPeriod year =
                ReportingPeriod.containing(now.minusDays(2).toLocalDate()).wholeYear();

        EngagementSummary summary = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> summaries.of(NORWICH_OFFICER, Fixtures.NORWICH, year));

        // before: "1 of 2 (50%)", the meeting in twenty days counted as missed
        assertThat(summary.allMeetings()).isEqualTo(new Fraction(1, 1));
        assertThat(summary.groups().get(0).attended()).isEqualTo(new Fraction(1, 1));
    }

    @Test
    void a_named_group_expects_only_its_member_councils() {
        long committee = meeting("management-committee", LocalDateTime.of(2019, 6, 2, 10, 0));
        assertThat(register.list(STAFF, committee)).hasSize(15);

        assertThatThrownBy(() -> register.record(STAFF, committee, List.of(line("fenland", AttendanceStatus.PRESENT))))
                .isInstanceOf(EngagementRefused.class)
                .hasMessageContaining("fenland has no seat 1");
        assertThat(register.figure(STAFF, committee)).isEqualTo(new Fraction(0, 15));
    }

    @Test
    void a_council_officer_cannot_open_another_councils_summary_or_anyones_attendance_list() {
        long assembly = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));

        assertThatThrownBy(() -> TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.NORWICH),
                        () -> summaries.of(NORWICH_OFFICER, Fixtures.CAMBRIDGE, YEAR)))
                .isInstanceOf(EngagementRefused.class)
                .extracting(e -> ((EngagementRefused) e).kind())
                .isEqualTo(EngagementRefused.Kind.NOT_FOUND);
        assertThatThrownBy(() -> register.list(NORWICH_OFFICER, assembly)).isInstanceOf(EngagementRefused.class);
        assertThatThrownBy(() -> regional.table(NORWICH_OFFICER, YEAR)).isInstanceOf(EngagementRefused.class);
    }

    @Test
    void the_database_shows_a_council_only_its_own_attendance_rows() throws Exception {
        long assembly = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        register.record(
                STAFF,
                assembly,
                List.of(line("norwich", AttendanceStatus.PRESENT), line("cambridge", AttendanceStatus.PRESENT)));
        try (Connection app = TestDatabase.asApp()) {
            app.createStatement().execute("select set_config('app.tenant_id', 'norwich', false)");
            try (ResultSet rows = app.createStatement().executeQuery("select distinct tenant_id from attendance")) {
                List<String> councils = new ArrayList<>();
                while (rows.next()) {
                    councils.add(rows.getString(1));
                }
                assertThat(councils).containsExactly("norwich");
            }
        }
    }

    @Test
    void a_successor_council_summary_includes_its_predecessors_history() throws Exception {
        long before = meeting("assembly", LocalDateTime.of(2019, 2, 1, 10, 0));
        register.record(
                STAFF,
                before,
                List.of(
                        line("forest-heath", AttendanceStatus.PRESENT),
                        line("st-edmundsbury", AttendanceStatus.ABSENT)));
        try (Connection owner = TestDatabase.asOwner()) {
            owner.createStatement()
                    .execute("update council set successor_id = 'st-edmundsbury', merged_on = date '2019-04-01'"
                            + " where id = 'forest-heath'");
        }
        try {
            TenantId successor = TenantId.of("st-edmundsbury");
            Caller officer = Fixtures.officer(successor, "St Edmundsbury Borough Council", "Sue");
            EngagementSummary summary = TenantScope.callAs(
                    Fixtures.memberOf(successor), () -> summaries.of(officer, successor, ReportingPeriod.year(2018)));

            assertThat(summary.predecessors()).containsExactly("Forest Heath District Council");
            assertThat(summary.groups().get(0).attended()).isEqualTo(new Fraction(1, 2));
        } finally {
            TestDatabase.clearTenantData();
        }
    }

    @Test
    void the_regional_table_lists_every_council_with_its_own_figures() {
        long assembly = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        register.record(STAFF, assembly, List.of(line("norwich", AttendanceStatus.PRESENT)));

        List<CouncilEngagementRow> table = regional.table(STAFF, YEAR);

        assertThat(table).hasSize(52);
        assertThat(table)
                .filteredOn(r -> r.councilId().equals("norwich"))
                .singleElement()
                .satisfies(r -> assertThat(r.meetings()).isEqualTo(new Fraction(1, 1)));
        assertThat(table)
                .filteredOn(r -> r.councilId().equals("cambridge"))
                .singleElement()
                .satisfies(r -> assertThat(r.meetings()).isEqualTo(new Fraction(0, 1)));
        String csv = new String(regional.csv(table), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Norwich City Council,District,Norfolk,1,1,100,0,0");
    }

    @Test
    void bad_meeting_details_are_refused_with_a_reason_and_nothing_is_saved() {
        assertThatThrownBy(() -> planner.plan(
                        STAFF,
                        new NewMeeting(
                                null,
                                EventType.SUMMIT,
                                "Summit",
                                LocalDateTime.of(2019, 1, 26, 9, 0),
                                "",
                                false,
                                null,
                                null)))
                .hasMessage("Give a place, or say it is online");
        assertThatThrownBy(() -> planner.plan(
                        STAFF,
                        new NewMeeting(
                                null,
                                EventType.SUMMIT,
                                "Summit",
                                LocalDateTime.of(2019, 1, 26, 9, 0),
                                "London",
                                false,
                                "javascript:alert(1)",
                                null)))
                .hasMessage("The agenda link must start with https:// or http://");
        assertThatThrownBy(() -> planner.plan(
                        NORWICH_OFFICER,
                        new NewMeeting(1L, null, "x", LocalDateTime.of(2019, 1, 26, 9, 0), "x", false, null, null)))
                .isInstanceOf(EngagementRefused.class);
        assertThat(planner.meetings(ReportingPeriod.year(2018))).isEmpty();
    }

    private long meeting(String groupCode, LocalDateTime at) {
        return EngagementData.groupMeeting(planner, groupCode, groupCode + " " + at, at, "Cambridge");
    }

    public static AttendanceEntry line(String council, AttendanceStatus status) {
        return new AttendanceEntry(council, 1, status, null, null);
    }

    /** Norwich and then the first councils by id, {@code n} in all. */
    private static List<String> firstCouncils(int n) throws IllegalStateException {
        List<String> councils = new ArrayList<>(List.of("norwich"));
        try (Connection owner = TestDatabase.asOwner();
                ResultSet rows = owner.createStatement()
                        .executeQuery("select id from council where id <> 'norwich' order by id limit " + (n - 1))) {
            while (rows.next()) {
                councils.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return councils;
    }
}
