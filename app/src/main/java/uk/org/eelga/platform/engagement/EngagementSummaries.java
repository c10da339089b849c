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

    EngagementSummaries(
            TransactionOperations<Connection> transactions,
            AssociationWideRead associationWide,
            OnBehalfOfCouncil onBehalf,
            List<EngagementFigureSource> otherSources,
            RegionalFigureCache regional) {
        this.regional = regional;
        this.transactions = transactions;
        this.associationWide = associationWide;
        this.onBehalf = onBehalf;
        this.otherSources = otherSources;
    }

    public EngagementSummary of(Caller viewer, TenantId council, ReportingPeriod period) {
        if (viewer.isAssociationStaff()) {
            EngagementSummary summary = associationWide.read(
                    viewer,
                    "engagement summary of " + council.value() + " for " + period.label(),
                    connection -> compute(connection, council, period));
            return withOther(summary, onBehalf.call(viewer, council, () -> otherLines(period)));
        }
        // A council's people only ever see their own council: the bound one, from the verified token.
        viewer.requireOwn(council, () -> EngagementRefused.notFound("council"))
                .councilOrRefuse(() -> EngagementRefused.notFound("council"));
        EngagementSummary summary =
                transactions.executeRead(status -> compute(status.getConnection(), council, period));
        return withOther(summary, otherLines(period));
    }

    private List<EngagementSummary.OtherLine> otherLines(ReportingPeriod period) {
        List<EngagementSummary.OtherLine> lines = new ArrayList<>();
        otherSources.forEach(source -> lines.addAll(source.linesFor(period)));
        return lines;
    }

    private static EngagementSummary withOther(EngagementSummary s, List<EngagementSummary.OtherLine> other) {
        return new EngagementSummary(
                s.councilId(),
                s.councilName(),
                s.period(),
                s.predecessors(),
                s.groups(),
                s.allMeetings(),
                s.allMeetingsRegionalMedianPercent(),
                s.events(),
                other);
    }

    private EngagementSummary compute(Connection connection, TenantId council, ReportingPeriod period) {
        try {
            String name = councilName(connection, council);
            List<String> predecessors = predecessors(connection, council);
            // The region-wide medians are the same for every council: kept per period while their records stand.
            long version = regional.version(connection);
            String key = period.from() + "/" + period.to();
            Map<Long, BigDecimal> medians =
                    regional.get(version, "engagement group medians " + key, () -> groupMedians(connection, period));
            BigDecimal allMeetingsMedian = regional.get(
                    version, "engagement all-meetings median " + key, () -> allMeetingsMedian(connection, period));
            BigDecimal[] eventMedians =
                    regional.get(version, "engagement event medians " + key, () -> eventMedians(connection, period));
            List<EngagementSummary.GroupLine> groups = new ArrayList<>();
            Fraction all = new Fraction(0, 0);
            try (PreparedStatement query = connection.prepareStatement(GROUP_FIGURES)) {
                councilAndPeriodTwice(query, council, period);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long groupId = rows.getLong(1);
                        Fraction attended = new Fraction(Math.min(rows.getLong(4), rows.getLong(3)), rows.getLong(3));
                        all = all.plus(attended);
                        groups.add(new EngagementSummary.GroupLine(
                                groupId, rows.getString(2), attended, percent(medians.get(groupId))));
                    }
                }
            }
            return new EngagementSummary(
                    council.value(),
                    name,
                    period.label(),
                    predecessors,
                    groups,
                    all,
                    percent(allMeetingsMedian),
                    events(connection, council, period, eventMedians),
                    List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the engagement summary", e);
        }
    }

    private static final String GROUP_FIGURES = "with lineage as (select app_council_lineage(?) as id),"
            + " expected as (select s.group_id, sum(s.seats) as seats from engagement_expected_seat s"
            + " where s.council_id in (select id from lineage) and s.starts_at >= ? and s.starts_at < ?"
            + " group by s.group_id),"
            + " attended as (select s.group_id, count(*) as seats from attendance a"
            + " join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id"
            + " where a.tenant_id in (select id from lineage) and s.starts_at >= ? and s.starts_at < ?"
            + " and a.status in ('PRESENT', 'SUBSTITUTE') group by s.group_id)"
            + " select g.id, g.name, e.seats, coalesce(a.seats, 0) from expected e"
            + " join engagement_group g on g.id = e.group_id left join attended a on a.group_id = e.group_id"
            + " order by g.name";

    private static EngagementSummary.Events events(
            Connection connection, TenantId council, ReportingPeriod period, BigDecimal[] medians) throws SQLException {
        long attended;
        long delegates;
        try (PreparedStatement query =
                connection.prepareStatement("with lineage as (select app_council_lineage(?) as id)"
                        + " select (select count(distinct a.meeting_id) from attendance a"
                        + " join engagement_meeting m on m.id = a.meeting_id where m.kind = 'EVENT'"
                        + " and a.status in ('PRESENT', 'SUBSTITUTE') and a.tenant_id in (select id from lineage)"
                        + " and m.starts_at >= ? and m.starts_at < ?),"
                        + " (select count(*) from event_registration r join engagement_meeting m on m.id = r.meeting_id"
                        + " where r.tenant_id in (select id from lineage) and m.starts_at >= ? and m.starts_at < ?)")) {
            councilAndPeriodTwice(query, council, period);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                attended = rows.getLong(1);
                delegates = rows.getLong(2);
            }
        }
        return new EngagementSummary.Events(attended, delegates, medians[0], medians[1]);
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

    private static Map<Long, BigDecimal> groupMedians(Connection connection, ReportingPeriod period)
            throws SQLException {
        Map<Long, BigDecimal> medians = new HashMap<>();
        try (PreparedStatement query =
                connection.prepareStatement("select group_id, median_rate from engagement_group_medians(?, ?)")) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(period.to()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    medians.put(rows.getLong(1), rows.getBigDecimal(2));
                }
            }
        }
        return medians;
    }

    private static BigDecimal allMeetingsMedian(Connection connection, ReportingPeriod period) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select median_rate from engagement_all_meetings_median(?, ?)")) {
            query.setTimestamp(1, Timestamp.from(period.from()));
            query.setTimestamp(2, Timestamp.from(period.to()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBigDecimal(1) : null;
            }
        }
    }

    private static String councilName(Connection connection, TenantId council) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select name from council where id = ?")) {
            query.setString(1, council.value());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw EngagementRefused.notFound("council");
                }
                return rows.getString(1);
            }
        }
    }

    private static List<String> predecessors(Connection connection, TenantId council) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select name from council"
                + " where id in (select app_council_lineage(?)) and id <> ? order by name")) {
            query.setString(1, council.value());
            query.setString(2, council.value());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** The council's lineage, then the period's bounds for each of two sub-queries. */
    private static void councilAndPeriodTwice(PreparedStatement query, TenantId council, ReportingPeriod period)
            throws SQLException {
        query.setString(1, council.value());
        query.setTimestamp(2, Timestamp.from(period.from()));
        query.setTimestamp(3, Timestamp.from(period.to()));
        query.setTimestamp(4, Timestamp.from(period.from()));
        query.setTimestamp(5, Timestamp.from(period.to()));
    }

    static Integer percent(BigDecimal rate) {
        return rate == null
                ? null
                : rate.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
