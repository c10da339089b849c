package uk.org.eelga.platform.engagement;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Attendance lists, kept by association staff. Each line is the council's own row (row-level security), written
 * on the council's behalf; reading a whole list is an association-wide read.
 */
@Singleton
public class AttendanceRegister {

    private static final int MAX_TEXT = 200;

    private final MeetingPlanner planner;
    private final AssociationWideRead associationWide;
    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final List<AttendanceListener> listeners;
    private final CouncilDirectory councils;

    AttendanceRegister(
            MeetingPlanner planner,
            AssociationWideRead associationWide,
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            List<AttendanceListener> listeners,
            CouncilDirectory councils) {
        this.councils = councils;
        this.planner = planner;
        this.associationWide = associationWide;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.listeners = listeners;
    }

    /**
     * The list for a meeting: every expected seat of a group meeting, or every registered delegate and every
     * recorded attendee of an event, with what has been recorded so far.
     */
    public List<AttendanceLine> list(Caller staff, long meetingId) {
        staff.requireStaff(EngagementRefused::staffOnly);
        MeetingInfo meeting = planner.meeting(meetingId).orElseThrow(() -> EngagementRefused.notFound("meeting"));
        return associationWide.read(staff, "attendance list of meeting " + meetingId, connection -> {
            try {
                return meeting.kind() == MeetingInfo.Kind.MEETING
                        ? groupLines(connection, meetingId)
                        : eventLines(connection, meetingId);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the attendance list", e);
            }
        });
    }

    /** Attended of expected seats for a group meeting, or attended delegates of registered for an event. */
    public Fraction figure(Caller staff, long meetingId) {
        List<AttendanceLine> lines = list(staff, meetingId);
        long attended = lines.stream()
                .filter(l -> l.status() != null && l.status().attended())
                .count();
        return new Fraction(attended, lines.size());
    }

    /**
     * Records (or corrects) lines of the list. Everything is checked first, so bad input changes nothing; then
     * each council's lines are written in that council's own transaction (a connection is bound to one council).
     * Writing the same list again gives the same result, so a retry after a failure completes it.
     */
    public void record(Caller staff, long meetingId, List<AttendanceEntry> entries) {
        staff.requireStaff(EngagementRefused::staffOnly);
        MeetingInfo meeting = planner.meeting(meetingId).orElseThrow(() -> EngagementRefused.notFound("meeting"));
        if (meeting.cancelled()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "meeting-cancelled",
                    "This meeting was cancelled; there is no attendance to record");
        }
        Set<String> allowed = meeting.kind() == MeetingInfo.Kind.MEETING
                ? list(staff, meetingId).stream()
                        .map(l -> l.councilId() + "#" + l.seat())
                        .collect(Collectors.toSet())
                : null;
        if (entries == null || entries.size() > AttendanceEntry.MAX_LINES) {
            throw EngagementRefused.invalid(
                    "too-many-lines", "Send 1 to " + AttendanceEntry.MAX_LINES + " lines at a time");
        }
        Map<String, List<AttendanceEntry>> byCouncil = new LinkedHashMap<>();
        for (AttendanceEntry entry : entries) {
            check(entry, allowed);
            byCouncil.computeIfAbsent(entry.councilId(), c -> new ArrayList<>()).add(entry);
        }
        // every council is checked before any is written: each council's lines are written in its own transaction
        for (String council : byCouncil.keySet()) {
            if (councils.find(TenantId.of(council)).isEmpty()) {
                throw EngagementRefused.invalid("unknown-council", "There is no council " + council);
            }
        }
        byCouncil.forEach((council, lines) -> onBehalf.run(
                staff,
                TenantId.of(council),
                () -> transactions.executeWrite(status -> {
                    write(status.getConnection(), staff, meetingId, lines);
                    return null;
                })));
        if (meeting.kind() == MeetingInfo.Kind.EVENT) {
            listeners.forEach(listener -> listener.eventAttendanceRecorded(meetingId));
        }
    }

    private static void check(AttendanceEntry entry, Set<String> allowed) {
        if (entry == null || entry.councilId() == null || entry.status() == null) {
            throw EngagementRefused.invalid("incomplete-line", "Every line needs a council and a status");
        }
        if (TenantId.parse(entry.councilId()).isEmpty()) {
            throw EngagementRefused.invalid("unknown-council", "A line names a council id that does not exist");
        }
        if (allowed != null && !allowed.contains(entry.councilId() + "#" + entry.seat())) {
            throw EngagementRefused.invalid(
                    "not-expected", entry.councilId() + " has no seat " + entry.seat() + " at this meeting");
        }
        if (entry.seat() < 1 || entry.seat() > 500) {
            throw EngagementRefused.invalid("seat", "A seat or delegate number is 1 to 500");
        }
        if (tooLong(entry.personName()) || tooLong(entry.personEmail())) {
            throw EngagementRefused.invalid("too-long", "Names and email addresses are at most 200 characters");
        }
        if ((entry.personName() != null && Text.hasControlCharacters(entry.personName(), false))
                || (entry.personEmail() != null && Text.hasControlCharacters(entry.personEmail(), false))) {
            throw EngagementRefused.invalid(
                    "control-characters", "Names and email addresses must be plain text without control characters");
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static void write(Connection connection, Caller staff, long meetingId, List<AttendanceEntry> lines) {
        // the meeting row shared-locked: a cancellation cannot slip between the check above and these lines
        try (PreparedStatement meeting = connection.prepareStatement(
                "select cancelled_reason is not null from engagement_meeting where id = ? for share")) {
            meeting.setLong(1, meetingId);
            try (ResultSet row = meeting.executeQuery()) {
                if (!row.next()) {
                    throw EngagementRefused.notFound("meeting");
                }
                if (row.getBoolean(1)) {
                    throw new EngagementRefused(
                            EngagementRefused.Kind.CONFLICT,
                            "meeting-cancelled",
                            "This meeting was cancelled; there is no attendance to record");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the meeting", e);
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "insert into attendance (tenant_id, meeting_id, seat, status, person_name, person_email, recorded_by)"
                        + " values (app_current_tenant(), ?, ?, ?, ?, ?, ?)"
                        + " on conflict (meeting_id, tenant_id, seat) do update set status = excluded.status,"
                        + " person_name = excluded.person_name, person_email = excluded.person_email,"
                        + " recorded_by = excluded.recorded_by, recorded_at = now()")) {
            for (AttendanceEntry line : lines) {
                upsert.setLong(1, meetingId);
                upsert.setInt(2, line.seat());
                upsert.setString(3, line.status().name());
                upsert.setString(4, blankToNull(line.personName()));
                upsert.setString(5, blankToNull(line.personEmail()));
                upsert.setString(6, staff.email());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record attendance", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<AttendanceLine> groupLines(Connection connection, long meetingId) throws SQLException {
        return Rows.all(
                connection,
                "select s.council_id, c.name, n.seat, a.status, a.person_name, a.person_email"
                        + " from engagement_expected_seat s join council c on c.id = s.council_id"
                        + " cross join lateral generate_series(1, s.seats) as n(seat)"
                        + " left join attendance a on a.meeting_id = s.meeting_id and a.tenant_id = s.council_id"
                        + " and a.seat = n.seat where s.meeting_id = ? order by c.name, n.seat",
                AttendanceRegister::line,
                meetingId);
    }

    private static List<AttendanceLine> eventLines(Connection connection, long meetingId) throws SQLException {
        // Registered delegates are numbered per council in order of registration; walk-ins recorded beyond them
        // keep their own numbers.
        return Rows.all(
                connection,
                "with registered as (select tenant_id, row_number() over (partition by tenant_id order by id) as seat,"
                        + " delegate_name, delegate_email from event_registration where meeting_id = ?),"
                        + " recorded as (select tenant_id, seat, status, person_name, person_email from attendance"
                        + " where meeting_id = ?)"
                        + " select coalesce(r.tenant_id, a.tenant_id), c.name, coalesce(r.seat, a.seat), a.status,"
                        + " coalesce(a.person_name, r.delegate_name), coalesce(a.person_email, r.delegate_email)"
                        + " from registered r full join recorded a on a.tenant_id = r.tenant_id and a.seat = r.seat"
                        + " join council c on c.id = coalesce(r.tenant_id, a.tenant_id) order by 2, 3",
                AttendanceRegister::line,
                meetingId,
                meetingId);
    }

    private static AttendanceLine line(ResultSet rows) throws SQLException {
        String status = rows.getString(4);
        return new AttendanceLine(
                rows.getString(1),
                rows.getString(2),
                rows.getInt(3),
                status == null ? null : AttendanceStatus.valueOf(status),
                rows.getString(5),
                rows.getString(6));
    }

    /** Told after an event's attendance is recorded, e.g. to invite attendees to its evaluation. */
    public interface AttendanceListener {
        void eventAttendanceRecorded(long meetingId);
    }
}
