package uk.org.eelga.platform.engagement;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Each council's engagement summary. A council's people get their own council's (with the history of councils
 * merged into it); association staff may open any council's, through the audited association-wide read.
 */
@Singleton
public class EngagementSummaries {

    private final TransactionOperations<Connection> transactions;
    private final AssociationWideRead associationWide;
    private final OnBehalfOfCouncil onBehalf;
    private final List<EngagementFigureSource> otherSources;
    private final RegionalFigureCache regional;
    private final Clock clock;

    EngagementSummaries(
            TransactionOperations<Connection> transactions,
            AssociationWideRead associationWide,
            OnBehalfOfCouncil onBehalf,
            List<EngagementFigureSource> otherSources,
            RegionalFigureCache regional,
            Clock clock) {
        this.regional = regional;
        this.clock = clock;
        this.transactions = transactions;
        this.associationWide = associationWide;
        this.onBehalf = onBehalf;
        this.otherSources = otherSources;
    }

    public EngagementSummary of(Caller viewer, TenantId council, ReportingPeriod period) {
        if (viewer.isAssociationStaff()) {
            Figures figures = associationWide.read(
                    viewer,
                    "engagement summary of " + council.value() + " for " + period.label(),
                    connection -> compute(connection, council, period));
            return figures.summary(onBehalf.call(viewer, council, () -> otherLines(period, figures.version())));
        }
        // A council's people only ever see their own council: the bound one, from the verified token.
        viewer.requireOwn(council, () -> EngagementRefused.notFound("council"))
                .councilOrRefuse(() -> EngagementRefused.notFound("council"));
        // one read transaction for the council's figures and the other features' lines (they join it)
        return transactions.executeRead(status -> {
            Figures figures = compute(status.getConnection(), council, period);
            return figures.summary(otherLines(period, figures.version()));
        });
    }

    private List<EngagementSummary.OtherLine> otherLines(ReportingPeriod period, long regionalVersion) {
        List<EngagementSummary.OtherLine> lines = new ArrayList<>();
        otherSources.forEach(source -> lines.addAll(source.linesFor(period, regionalVersion)));
        return lines;
    }

    /** The summary's own figures, and the version of the region-wide records read with them. */
    private record Figures(EngagementSummary own, long version) {
        EngagementSummary summary(List<EngagementSummary.OtherLine> other) {
            return new EngagementSummary(
                    own.councilId(),
                    own.councilName(),
                    own.period(),
                    own.predecessors(),
                    own.groups(),
                    own.allMeetings(),
                    own.allMeetingsRegionalMedianPercent(),
                    own.events(),
                    other);
        }
    }

    /**
     * Every figure of the council's own in the period, in one statement (issue 13, goal 4: the summary's statements
     * are cheap, their round trips were not): one row per group whose meetings expected the council (or a single row
     * with no group when none did), each carrying the council's name, its predecessors' names, the version of the
     * region-wide records, the events attended and the delegates registered. No row at all: no such council. Every
     * sub-query keeps its explicit condition on the council's lineage (row-level security stays the last line).
     *
     * <p>The lineage is compared as an array ({@code = any (array(...))}), a value computed once, not as a semi-join
     * ({@code in (select ...)}): PostgreSQL pushes such a condition into the expected-seat view and onto the tenant
     * indexes, so the statement reads the council's own rows. As a semi-join it expanded every council's expected
     * seats for the year and filtered afterwards: 137 ms against 10 ms at ten times the demo's data, growing with the
     * whole region's records rather than the council's.
     */
    static final String OWN_FIGURES = "with lineage as (select app_council_lineage(?) as id),"
            + " expected as (select s.group_id, sum(s.seats) as seats from engagement_expected_seat s"
            + " where s.council_id = any (array(select id from lineage)) and s.starts_at >= ? and s.starts_at < ?"
            + " group by s.group_id),"
            + " attended as (select s.group_id, count(*) as seats from attendance a"
            + " join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id"
            + " where a.tenant_id = any (array(select id from lineage))"
            + " and s.council_id = any (array(select id from lineage)) and s.starts_at >= ? and s.starts_at < ?"
            + " and a.status in ('PRESENT', 'SUBSTITUTE') group by s.group_id),"
            + " groups as (select g.id, g.name, e.seats as expected, coalesce(a.seats, 0) as attended from expected e"
            + " join engagement_group g on g.id = e.group_id left join attended a on a.group_id = e.group_id)"
            + " select c.name,"
            + " array(select p.name from council p where p.id = any (array(select id from lineage)) and p.id <> ?"
            + " order by p.name),"
            + " (select case when v.is_called then v.last_value else 0 end from regional_figures_version v),"
            + " (select count(distinct a.meeting_id) from attendance a"
            + " join engagement_meeting m on m.id = a.meeting_id where m.kind = 'EVENT'"
            + " and a.status in ('PRESENT', 'SUBSTITUTE') and a.tenant_id = any (array(select id from lineage))"
            + " and m.starts_at >= ? and m.starts_at < ?),"
            + " (select count(*) from event_registration r join engagement_meeting m on m.id = r.meeting_id"
            + " where r.tenant_id = any (array(select id from lineage)) and m.starts_at >= ? and m.starts_at < ?),"
            + " gr.id, gr.name, gr.expected, gr.attended"
            + " from council c left join groups gr on true where c.id = ? order by gr.name";

    private Figures compute(Connection connection, TenantId council, ReportingPeriod period) {
        // Only meetings that have started expect anyone yet: a meeting still to come is not a seat missed.
        Instant heldBy = heldBy(period, clock);
        try {
            String name = null;
            List<String> predecessors = List.of();
            long version = 0;
            long eventsAttended = 0;
            long delegates = 0;
            List<long[]> seats = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(OWN_FIGURES)) {
                Timestamp from = Timestamp.from(period.from());
                Timestamp to = Timestamp.from(period.to());
                Timestamp held = Timestamp.from(heldBy);
                int i = 0;
                query.setString(++i, council.value());
                for (int bounds = 0; bounds < 2; bounds++) {
                    query.setTimestamp(++i, from);
                    query.setTimestamp(++i, held);
                }
                query.setString(++i, council.value());
                for (int bounds = 0; bounds < 2; bounds++) {
                    query.setTimestamp(++i, from);
                    query.setTimestamp(++i, to);
                }
                query.setString(++i, council.value());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        if (name == null) {
                            name = rows.getString(1);
                            predecessors = List.of((String[]) rows.getArray(2).getArray());
                            version = rows.getLong(3);
                            eventsAttended = rows.getLong(4);
                            delegates = rows.getLong(5);
                        }
                        long groupId = rows.getLong(6);
                        if (!rows.wasNull()) {
                            seats.add(new long[] {groupId, rows.getLong(8), rows.getLong(9)});
                            groupNames.add(rows.getString(7));
                        }
                    }
                }
            }
            if (name == null) {
                throw EngagementRefused.notFound("council");
            }
            // The region-wide medians are the same for every council: kept per period while their records stand.
            String key = period.from() + "/" + period.to();
            String heldKey = period.from() + "/" + heldBy;
            Map<Long, BigDecimal> medians = regional.get(
                    version, "engagement group medians " + heldKey, () -> groupMedians(connection, period, heldBy));
            BigDecimal allMeetingsMedian = regional.get(
                    version,
                    "engagement all-meetings median " + heldKey,
                    () -> allMeetingsMedian(connection, period, heldBy));
            BigDecimal[] eventMedians =
                    regional.get(version, "engagement event medians " + key, () -> eventMedians(connection, period));
            List<EngagementSummary.GroupLine> groups = new ArrayList<>();
            Fraction all = new Fraction(0, 0);
            for (int g = 0; g < seats.size(); g++) {
                long groupId = seats.get(g)[0];
                long expected = seats.get(g)[1];
                Fraction attended = new Fraction(Math.min(seats.get(g)[2], expected), expected);
                all = all.plus(attended);
                groups.add(new EngagementSummary.GroupLine(
                        groupId, groupNames.get(g), attended, percent(medians.get(groupId))));
            }
            EngagementSummary own = new EngagementSummary(
                    council.value(),
                    name,
                    period.label(),
                    predecessors,
                    groups,
                    all,
                    percent(allMeetingsMedian),
                    new EngagementSummary.Events(eventsAttended, delegates, eventMedians[0], eventMedians[1]),
                    List.of());
            return new Figures(own, version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the engagement summary", e);
        }
    }

    /** The median events attended and delegates registered, to one decimal place. */
    private static BigDecimal[] eventMedians(Connection connection, ReportingPeriod period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select median_events_attended, median_delegates from engagement_event_medians(?, ?)")) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(period.to()));
            return Rows.one(query, rows ->
                    new BigDecimal[] {oneDecimal(rows.getBigDecimal(1)), oneDecimal(rows.getBigDecimal(2))});
        }
    }

    /**
     * The end of the period's meetings that count: the period's end, or for a period not over yet the present
     * (to the minute, so the region's medians are cached a minute at most while the period runs).
     */
    static Instant heldBy(ReportingPeriod period, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (now.isBefore(period.from())) {
            return period.from();
        }
        return now.isBefore(period.to()) ? now : period.to();
    }

    private static Map<Long, BigDecimal> groupMedians(Connection connection, ReportingPeriod period, Instant heldBy)
            throws SQLException {
        Map<Long, BigDecimal> medians = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("select group_id, median_rate from engagement_group_medians(?, ?)")) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(heldBy));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    medians.put(rows.getLong(1), rows.getBigDecimal(2));
                }
            }
        }
        return medians;
    }

    private static BigDecimal allMeetingsMedian(Connection connection, ReportingPeriod period, Instant heldBy)
            throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select median_rate from engagement_all_meetings_median(?, ?)")) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(heldBy));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBigDecimal(1) : null;
            }
        }
    }

    static Integer percent(BigDecimal rate) {
        return rate == null
                ? null
                : rate.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
