package uk.org.eelga.platform.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The engagement summary reads a council's own figures in one statement (issue 13, goal 4). Here every figure it
 * shows is worked out again the plain way, one query per figure as the app role with the council bound, on
 * demo-like records (several groups, a named committee, a cancelled meeting, events with attendance and
 * registrations, a council merged into another), for councils and periods with records and a period without any
 * ("no figure yet": nothing expected, no median), and the two must be equal to the last field.
 */
@PlatformIT
class EngagementSummaryQueryIT {

    static final TenantId ST_EDMUNDSBURY = TenantId.of("st-edmundsbury");
    static final List<TenantId> COUNCILS = List.of(Fixtures.NORWICH, Fixtures.CAMBRIDGE, ST_EDMUNDSBURY);
    static final List<ReportingPeriod> PERIODS = List.of(
            ReportingPeriod.year(2019),
            ReportingPeriod.year(2018),
            new ReportingPeriod(2019, 4),
            // nothing was held in 2016-17: no figure yet
            ReportingPeriod.year(2016));
    static final Caller STAFF = Fixtures.staff();

    @Inject
    MeetingPlanner planner;

    @Inject
    AttendanceRegister register;

    @Inject
    EngagementSummaries summaries;

    @Inject
    List<EngagementFigureSource> otherSources;

    @Inject
    RegionalFigureCache regional;

    @BeforeEach
    void demoLikeRecords() throws Exception {
        EngagementData.clear();
        List<String> councils = allCouncils();
        // 2018-19: an assembly before Forest Heath merged into St Edmundsbury, a chief executives' forum
        long assembly2018 = meeting("assembly", LocalDateTime.of(2018, 10, 12, 10, 0));
        record(assembly2018, councils, 3, "forest-heath", "cambridge");
        long forum2018 = meeting("chief-executive-forum", LocalDateTime.of(2019, 2, 1, 10, 0));
        record(forum2018, councils, 4, "st-edmundsbury", "norwich");
        // 2019-20: two assemblies (the second in quarter 4), a management committee, a cancelled forum
        long assembly2019 = meeting("assembly", LocalDateTime.of(2019, 7, 5, 10, 0));
        record(assembly2019, councils, 2, "norwich", "st-edmundsbury");
        long assembly2020 = meeting("assembly", LocalDateTime.of(2020, 1, 24, 10, 0));
        record(assembly2020, councils, 5, "cambridge");
        long committee = meeting("management-committee", LocalDateTime.of(2019, 9, 3, 14, 0));
        register.record(
                STAFF,
                committee,
                List.of(
                        EngagementFiguresIT.line("norwich", AttendanceStatus.SUBSTITUTE),
                        EngagementFiguresIT.line("cambridge", AttendanceStatus.APOLOGIES),
                        EngagementFiguresIT.line("essex", AttendanceStatus.PRESENT)));
        long cancelled = meeting("chief-executive-forum", LocalDateTime.of(2019, 11, 8, 10, 0));
        record(cancelled, councils, 1, "cambridge");
        planner.cancel(STAFF, cancelled, "Room unavailable");
        // events: attendance and registrations, one delegate more than attended
        long summit2019 = event(EventType.SUMMIT, LocalDateTime.of(2019, 6, 20, 9, 30));
        long conference2020 = event(EventType.CONFERENCE, LocalDateTime.of(2020, 2, 27, 9, 30));
        long summit2018 = event(EventType.SUMMIT, LocalDateTime.of(2018, 6, 21, 9, 30));
        for (int i = 0; i < councils.size(); i += 2) {
            String council = councils.get(i);
            registered(council, summit2019, "a@" + council + ".demo", "b@" + council + ".demo");
            register.record(
                    STAFF, summit2019, List.of(new AttendanceEntry(council, 1, AttendanceStatus.PRESENT, null, null)));
        }
        registered("norwich", conference2020, "c@norwich.demo");
        register.record(
                STAFF,
                conference2020,
                List.of(
                        new AttendanceEntry("norwich", 1, AttendanceStatus.SUBSTITUTE, null, null),
                        new AttendanceEntry("cambridge", 1, AttendanceStatus.APOLOGIES, null, null)));
        registered("forest-heath", summit2018, "d@forest-heath.demo");
        register.record(
                STAFF,
                summit2018,
                List.of(new AttendanceEntry("forest-heath", 1, AttendanceStatus.PRESENT, null, null)));
        // Forest Heath became part of St Edmundsbury on 1 April 2019
        TestDatabase.executeAsOwner("update council set successor_id = 'st-edmundsbury', merged_on = date '2019-04-01'"
                + " where id = 'forest-heath'");
        regional.clear();
    }

    @AfterEach
    void unmerge() throws Exception {
        EngagementData.clear();
    }

    @Test
    void every_figure_of_the_single_query_is_the_figure_worked_out_one_by_one() throws Exception {
        int withGroups = 0;
        for (TenantId council : COUNCILS) {
            for (ReportingPeriod period : PERIODS) {
                EngagementSummary single = TenantScope.callAs(
                        Fixtures.memberOf(council), () -> summaries.of(officerOf(council), council, period));
                EngagementSummary expected = oneByOne(council, period);

                assertThat(single).as(council.value() + " " + period.label()).isEqualTo(expected);
                // association staff see the same figures through the audited association-wide read
                assertThat(summaries.of(STAFF, council, period))
                        .as("staff: " + council.value() + " " + period.label())
                        .isEqualTo(expected);
                withGroups += single.groups().size();
            }
        }
        // the records above reach the figures: not a comparison of empty summaries
        assertThat(withGroups).isGreaterThanOrEqualTo(8);
        EngagementSummary norwich2019 = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> summaries.of(Fixtures.NORA, Fixtures.NORWICH, ReportingPeriod.year(2019)));
        assertThat(norwich2019.groups())
                .extracting(EngagementSummary.GroupLine::groupName)
                .containsExactly("Assembly of Council Leaders", "Management Committee");
        assertThat(norwich2019.allMeetings()).isEqualTo(new Fraction(2, 3));
        assertThat(norwich2019.events().eventsAttended()).isEqualTo(2);
        assertThat(norwich2019.events().delegatesRegistered()).isEqualTo(3);
        assertThat(norwich2019.groups().get(0).regionalMedianPercent()).isNotNull();
        EngagementSummary successor = TenantScope.callAs(
                Fixtures.memberOf(ST_EDMUNDSBURY),
                () -> summaries.of(officerOf(ST_EDMUNDSBURY), ST_EDMUNDSBURY, ReportingPeriod.year(2018)));
        assertThat(successor.predecessors()).containsExactly("Forest Heath District Council");
        assertThat(successor.events().eventsAttended()).isEqualTo(1);
    }

    @Test
    void a_period_without_records_has_no_figure_yet() {
        EngagementSummary empty = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> summaries.of(Fixtures.NORA, Fixtures.NORWICH, ReportingPeriod.year(2016)));

        assertThat(empty.councilName()).isEqualTo("Norwich City Council");
        assertThat(empty.groups()).isEmpty();
        assertThat(empty.allMeetings()).isEqualTo(new Fraction(0, 0));
        assertThat(empty.allMeetings().percent()).isNull();
        assertThat(empty.allMeetingsRegionalMedianPercent()).isNull();
        assertThat(empty.events().eventsAttended()).isZero();
        assertThat(empty.events().delegatesRegistered()).isZero();
    }

    @Test
    void a_council_that_does_not_exist_has_no_summary() {
        assertThatThrownBy(() -> summaries.of(STAFF, TenantId.of("no-such-council"), ReportingPeriod.year(2019)))
                .isInstanceOf(EngagementRefused.class)
                .extracting(e -> ((EngagementRefused) e).kind())
                .isEqualTo(EngagementRefused.Kind.NOT_FOUND);
    }

    @Test
    void a_change_to_the_records_shows_at_once_in_the_figures_and_the_medians() throws Exception {
        ReportingPeriod year = ReportingPeriod.year(2019);
        EngagementSummary before = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> summaries.of(Fixtures.CAM, Fixtures.CAMBRIDGE, year));
        long assembly = meeting("assembly", LocalDateTime.of(2019, 12, 6, 10, 0));
        // after the merge: Forest Heath is no longer expected
        register.record(
                STAFF,
                assembly,
                List.of(
                        EngagementFiguresIT.line("cambridge", AttendanceStatus.PRESENT),
                        EngagementFiguresIT.line("essex", AttendanceStatus.PRESENT)));

        EngagementSummary after = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> summaries.of(Fixtures.CAM, Fixtures.CAMBRIDGE, year));

        assertThat(after.groups().get(0).attended().whole())
                .isEqualTo(before.groups().get(0).attended().whole() + 1);
        assertThat(after).isEqualTo(oneByOne(Fixtures.CAMBRIDGE, year));
    }

    /** The summary worked out the plain way: one query per figure, as the app role with the council bound. */
    private EngagementSummary oneByOne(TenantId council, ReportingPeriod period) throws SQLException {
        Timestamp from = Timestamp.from(period.from());
        Timestamp to = Timestamp.from(period.to());
        String id = council.value();
        try (Connection app = TestDatabase.asApp()) {
            try (PreparedStatement bind = app.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
                bind.setString(1, id);
                bind.execute();
            }
            String name =
                    strings(app, "select name from council where id = ?", id).get(0);
            List<String> predecessors = strings(
                    app,
                    "select name from council where id in (select app_council_lineage(?)) and id <> ? order by name",
                    id,
                    id);
            Map<Long, BigDecimal> groupMedians = new HashMap<>();
            try (PreparedStatement q =
                    app.prepareStatement("select group_id, median_rate from engagement_group_medians(?, ?)")) {
                q.setTimestamp(1, from);
                q.setTimestamp(2, to);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        groupMedians.put(rows.getLong(1), rows.getBigDecimal(2));
                    }
                }
            }
            List<EngagementSummary.GroupLine> groups = new ArrayList<>();
            Fraction all = new Fraction(0, 0);
            try (PreparedStatement q = app.prepareStatement("select id, name from engagement_group order by name");
                    ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    long group = rows.getLong(1);
                    Long expected = number(
                            app,
                            "select sum(seats) from engagement_expected_seat where group_id = ?"
                                    + " and council_id in (select app_council_lineage(?))"
                                    + " and starts_at >= ? and starts_at < ?",
                            group,
                            id,
                            from,
                            to);
                    if (expected == null) {
                        continue; // the group expected the council at no meeting of the period
                    }
                    long attended = number(
                            app,
                            "select count(*) from attendance a where a.tenant_id in (select app_council_lineage(?))"
                                    + " and a.status in ('PRESENT', 'SUBSTITUTE') and exists (select 1"
                                    + " from engagement_expected_seat s where s.meeting_id = a.meeting_id"
                                    + " and s.council_id = a.tenant_id and s.group_id = ?"
                                    + " and s.starts_at >= ? and s.starts_at < ?)",
                            id,
                            group,
                            from,
                            to);
                    Fraction figure = new Fraction(Math.min(attended, expected), expected);
                    all = all.plus(figure);
                    groups.add(new EngagementSummary.GroupLine(
                            group, rows.getString(2), figure, EngagementSummaries.percent(groupMedians.get(group))));
                }
            }
            BigDecimal allMedian =
                    decimal(app, "select median_rate from engagement_all_meetings_median(?, ?)", from, to);
            long eventsAttended = number(
                    app,
                    "select count(distinct a.meeting_id) from attendance a join engagement_meeting m"
                            + " on m.id = a.meeting_id where m.kind = 'EVENT' and a.status in ('PRESENT', 'SUBSTITUTE')"
                            + " and a.tenant_id in (select app_council_lineage(?))"
                            + " and m.starts_at >= ? and m.starts_at < ?",
                    id,
                    from,
                    to);
            long delegates = number(
                    app,
                    "select count(*) from event_registration r join engagement_meeting m on m.id = r.meeting_id"
                            + " where r.tenant_id in (select app_council_lineage(?))"
                            + " and m.starts_at >= ? and m.starts_at < ?",
                    id,
                    from,
                    to);
            BigDecimal medianEvents = EngagementSummaries.oneDecimal(
                    decimal(app, "select median_events_attended from engagement_event_medians(?, ?)", from, to));
            BigDecimal medianDelegates = EngagementSummaries.oneDecimal(
                    decimal(app, "select median_delegates from engagement_event_medians(?, ?)", from, to));
            List<EngagementSummary.OtherLine> other = TenantScope.callAs(Fixtures.memberOf(council), () -> {
                List<EngagementSummary.OtherLine> lines = new ArrayList<>();
                otherSources.forEach(source -> lines.addAll(source.linesFor(period)));
                return lines;
            });
            return new EngagementSummary(
                    id,
                    name,
                    period.label(),
                    predecessors,
                    groups,
                    all,
                    EngagementSummaries.percent(allMedian),
                    new EngagementSummary.Events(eventsAttended, delegates, medianEvents, medianDelegates),
                    other);
        }
    }

    private static PreparedStatement prepared(Connection app, String sql, Object... parameters) throws SQLException {
        PreparedStatement query = app.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setObject(i + 1, parameters[i]);
        }
        return query;
    }

    private static List<String> strings(Connection app, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = prepared(app, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Long number(Connection app, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(app, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }
    }

    private static BigDecimal decimal(Connection app, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(app, sql, parameters);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getBigDecimal(1) : null;
        }
    }

    private static Caller officerOf(TenantId council) {
        return Fixtures.officer(council, council.value(), "Officer");
    }

    private long meeting(String group, LocalDateTime at) {
        return EngagementData.groupMeeting(planner, group, group + " " + at, at, "Cambridge");
    }

    private long event(EventType type, LocalDateTime at) {
        return planner.plan(STAFF, new NewMeeting(null, type, type + " " + at, at, "Newmarket", false, null, 200))
                .id();
    }

    /** Every {@code step}-th council present, the {@code named} ones present too, the rest absent. */
    private void record(long meeting, List<String> councils, int step, String... named) {
        List<AttendanceEntry> lines = new ArrayList<>();
        List<String> present = List.of(named);
        for (int i = 0; i < councils.size(); i++) {
            String council = councils.get(i);
            boolean attended = present.contains(council) || (i % step == 0 && !council.equals("norwich"));
            lines.add(EngagementFiguresIT.line(council, attended ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT));
        }
        register.record(STAFF, meeting, lines);
    }

    private static void registered(String council, long event, String... emails) throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            app.createStatement().execute("select set_config('app.tenant_id', '" + council + "', false)");
            for (String email : emails) {
                try (PreparedStatement insert = app.prepareStatement("insert into event_registration"
                        + " (tenant_id, meeting_id, delegate_name, delegate_email, registered_by)"
                        + " values (?, ?, 'Delegate', ?, 'test')")) {
                    insert.setString(1, council);
                    insert.setLong(2, event);
                    insert.setString(3, email);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<String> allCouncils() {
        try (Connection owner = TestDatabase.asOwner();
                ResultSet rows = owner.createStatement().executeQuery("select id from council order by id")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
