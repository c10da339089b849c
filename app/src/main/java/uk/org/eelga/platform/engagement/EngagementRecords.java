package uk.org.eelga.platform.engagement;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * The records behind a council's engagement summary ({@link EngagementSummaries}): each meeting of the period that
 * expected the council's seats, with the seats attended, and each event its people attended. Read with the same
 * bounds as the summary's figures (a meeting still to come expects no one yet), so the seats of a group's meetings add
 * up to the group's line. A council's people read their own council's only; staff read any council's, audited.
 */
@Singleton
public class EngagementRecords {

    /** One meeting that expected the council: its seats, and how many of them its people took. */
    @Serdeable
    public record MeetingRecord(
            String groupName, String title, Instant startsAt, long seatsExpected, long seatsAttended) {}

    /** One event the council's people attended, with how many of them came. */
    @Serdeable
    public record EventRecord(String title, Instant startsAt, long attendees) {}

    /** The meetings and events behind the summary of a period. */
    @Serdeable
    public record Behind(List<MeetingRecord> meetings, List<EventRecord> events) {}

    /** The council's lineage (a successor's summary includes its predecessors) as an array, computed once. */
    private static final String LINEAGE = "array(select app_council_lineage(?))";

    static final String MEETINGS = "select g.name, m.title, m.starts_at, sum(s.seats),"
            + " sum((select count(*) from attendance a where a.meeting_id = s.meeting_id and a.tenant_id = s.council_id"
            + "  and a.status in ('PRESENT', 'SUBSTITUTE')))"
            + " from engagement_expected_seat s join engagement_meeting m on m.id = s.meeting_id"
            + " join engagement_group g on g.id = s.group_id"
            + " where s.council_id = any (" + LINEAGE + ") and s.starts_at >= ? and s.starts_at < ?"
            + " group by g.name, m.id, m.title, m.starts_at order by m.starts_at, g.name, m.id";

    static final String EVENTS = "select m.title, m.starts_at, count(*) from attendance a"
            + " join engagement_meeting m on m.id = a.meeting_id where m.kind = 'EVENT'"
            + " and a.status in ('PRESENT', 'SUBSTITUTE') and a.tenant_id = any (" + LINEAGE + ")"
            + " and m.starts_at >= ? and m.starts_at < ? group by m.id, m.title, m.starts_at order by m.starts_at, m.id";

    private final TransactionOperations<Connection> transactions;
    private final AssociationWideRead associationWide;
    private final Clock clock;

    EngagementRecords(
            TransactionOperations<Connection> transactions, AssociationWideRead associationWide, Clock clock) {
        this.transactions = transactions;
        this.associationWide = associationWide;
        this.clock = clock;
    }

    public Behind of(Caller viewer, TenantId council, ReportingPeriod period) {
        if (viewer.isAssociationStaff()) {
            return associationWide.read(
                    viewer,
                    "engagement records of " + council.value() + " for " + period.label(),
                    connection -> read(connection, council, period));
        }
        // A council's people only ever see their own council's records: the bound one, from the verified token.
        viewer.requireOwn(council, () -> EngagementRefused.notFound("council"))
                .councilOrRefuse(() -> EngagementRefused.notFound("council"));
        return transactions.executeRead(status -> read(status.getConnection(), council, period));
    }

    private Behind read(Connection connection, TenantId council, ReportingPeriod period) {
        Instant heldBy = EngagementSummaries.heldBy(period, clock);
        try {
            return new Behind(
                    Rows.all(
                            connection,
                            MEETINGS,
                            row -> new MeetingRecord(
                                    row.getString(1),
                                    row.getString(2),
                                    row.getTimestamp(3).toInstant(),
                                    row.getLong(4),
                                    row.getLong(5)),
                            council.value(),
                            period.from(),
                            heldBy),
                    Rows.all(
                            connection,
                            EVENTS,
                            row -> new EventRecord(
                                    row.getString(1), row.getTimestamp(2).toInstant(), row.getLong(3)),
                            council.value(),
                            period.from(),
                            period.to()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the records behind the engagement summary", e);
        }
    }
}
