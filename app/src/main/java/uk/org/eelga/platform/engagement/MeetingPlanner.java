package uk.org.eelga.platform.engagement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * The association's groups, meetings and events (shared data): everyone signed in reads them, staff plan,
 * correct and cancel them.
 */
@Singleton
public class MeetingPlanner {

    private static final String MEETING_COLUMNS = "m.id, m.kind, m.group_id, g.name, m.event_type, m.title,"
            + " m.starts_at, m.place, m.online, m.agenda_url, m.capacity, m.registered_count, m.cancelled_reason";
    private static final String FROM_MEETINGS =
            " from engagement_meeting m left join engagement_group g on g.id = m.group_id";

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    MeetingPlanner(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<GroupInfo> groups() {
        return Rows.all(
                jdbc,
                "select id, code, name, description, audience, expected_role, seats_per_council, meetings_per_year"
                        + " from engagement_group where active order by name",
                rows -> new GroupInfo(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        Audience.valueOf(rows.getString(5)),
                        ExpectedRole.valueOf(rows.getString(6)),
                        rows.getInt(7),
                        rows.getInt(8)));
    }

    @Transactional(readOnly = true)
    public List<MeetingInfo> meetings(ReportingPeriod period) {
        return Rows.all(
                jdbc,
                "select " + MEETING_COLUMNS + FROM_MEETINGS
                        + " where m.starts_at >= ? and m.starts_at < ? order by m.starts_at, m.id",
                MeetingPlanner::meetingRow,
                period.from(),
                period.to());
    }

    /** Events from now on that are not cancelled, soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingInfo> upcomingEvents(Instant now) {
        return Rows.all(
                jdbc,
                "select " + MEETING_COLUMNS + FROM_MEETINGS + " where m.kind = 'EVENT' and m.starts_at >= ?"
                        + " and m.cancelled_reason is null order by m.starts_at, m.id",
                MeetingPlanner::meetingRow,
                now);
    }

    /** Every event by its number, newest first, named "title, 26 January 2018" (and "(cancelled)" where it was). */
    @Transactional(readOnly = true)
    public Map<String, String> eventNames() {
        Map<String, String> events = new LinkedHashMap<>();
        Rows.all(
                        jdbc,
                        "select id, title, starts_at, cancelled_reason is not null from engagement_meeting"
                                + " where kind = 'EVENT' order by starts_at desc, id",
                        rows -> Map.entry(
                                rows.getString(1),
                                rows.getString(2) + ", "
                                        + UkTime.date(rows.getTimestamp(3).toInstant())
                                        + (rows.getBoolean(4) ? " (cancelled)" : "")))
                .forEach(e -> events.put(e.getKey(), e.getValue()));
        return events;
    }

    @Transactional(readOnly = true)
    public Optional<MeetingInfo> meeting(long id) {
        return Rows.first(
                jdbc, "select " + MEETING_COLUMNS + FROM_MEETINGS + " where m.id = ?", MeetingPlanner::meetingRow, id);
    }

    @Transactional
    public MeetingInfo plan(Caller staff, NewMeeting meeting) {
        staff.requireStaff(EngagementRefused::staffOnly);
        Validated valid = Validated.of(meeting, this::groupExists);
        long id = Rows.one(
                jdbc,
                "insert into engagement_meeting (kind, group_id, event_type, title, starts_at, place, online,"
                        + " agenda_url, capacity, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                key -> key.getLong(1),
                valid.kind(),
                meeting.groupId(),
                meeting.eventType(),
                valid.title(),
                valid.startsAt(),
                valid.place(),
                meeting.online(),
                valid.agendaUrl(),
                meeting.capacity(),
                staff.email());
        audit.record(staff, null, "engagement.meeting.planned", valid.title() + " at " + valid.startsAt());
        return meeting(id).orElseThrow();
    }

    @Transactional
    public MeetingInfo cancel(Caller staff, long id, String reason) {
        staff.requireStaff(EngagementRefused::staffOnly);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || Text.hasControlCharacters(why, true)) {
            throw EngagementRefused.invalid(
                    "reason-required", "Say why the meeting is cancelled (1 to 500 characters)");
        }
        MeetingInfo before = meeting(id).orElseThrow(() -> EngagementRefused.notFound("meeting"));
        if (before.cancelled()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "already-cancelled", "This meeting is already cancelled");
        }
        // conditional: of several cancellations at once exactly one changes the row, the others are told
        int changed = Rows.update(
                jdbc,
                "update engagement_meeting set cancelled_reason = ? where id = ? and cancelled_reason is null",
                why,
                id);
        if (changed != 1) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "already-cancelled", "This meeting is already cancelled");
        }
        audit.record(staff, null, "engagement.meeting.cancelled", before.title(), "cancelled", why);
        return meeting(id).orElseThrow();
    }

    /**
     * Corrects a planned meeting or event: its title, place, online, agenda link and capacity always; its start time
     * only while no attendance is recorded for it (expected seats follow the meeting's date, as memberships are
     * dated) and, for an event, not to before a delegate registered. What it is, its group and its event type stay
     * as planned; a cancelled meeting stays as it was. Checked as a new meeting is ({@link Validated}).
     */
    @Transactional
    public MeetingInfo correct(Caller staff, long id, MeetingCorrection correction) {
        staff.requireStaff(EngagementRefused::staffOnly);
        if (correction == null) {
            throw EngagementRefused.invalid("title", "Give the meeting's title, time and place");
        }
        // the row locked first: corrections, cancellations, registrations and attendance of this meeting wait for
        // this one (attendance takes a share lock on the row), so what is checked below holds until it commits
        MeetingInfo before = Rows.first(
                        jdbc,
                        "select " + MEETING_COLUMNS + FROM_MEETINGS + " where m.id = ? for update of m",
                        MeetingPlanner::meetingRow,
                        id)
                .orElseThrow(() -> EngagementRefused.notFound("meeting"));
        if (before.cancelled()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "meeting-cancelled",
                    "This meeting was cancelled, so it cannot be corrected");
        }
        Validated valid = Validated.of(correction.of(before), this::groupExists);
        Integer capacity = correction.capacity();
        if (capacity != null && capacity < before.registeredCount()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "capacity",
                    (before.registeredCount() == 1 ? "1 delegate is" : before.registeredCount() + " delegates are")
                            + " already registered, so the capacity cannot be less than " + before.registeredCount());
        }
        if (!valid.startsAt().equals(before.startsAt())) {
            refuseTimeChange(id, valid.startsAt());
        }
        Rows.update(
                jdbc,
                "update engagement_meeting set title = ?, starts_at = ?, place = ?, online = ?, agenda_url = ?,"
                        + " capacity = ? where id = ? and cancelled_reason is null",
                valid.title(),
                valid.startsAt(),
                valid.place(),
                correction.online(),
                valid.agendaUrl(),
                capacity,
                id);
        MeetingInfo after = meeting(id).orElseThrow();
        if (!after.equals(before)) {
            audit.record(staff, null, "engagement.meeting.corrected", described(before), described(after), null);
        }
        return after;
    }

    /** Refuses to move the meeting when attendance is recorded, or an event to before a registration was made. */
    private void refuseTimeChange(long id, Instant startsAt) {
        Bounds bounds = Rows.one(
                jdbc,
                "select attendance_recorded, last_registered_at from engagement_meeting_correction_bounds(?)",
                rows -> {
                    java.sql.Timestamp registered = rows.getTimestamp(2);
                    return new Bounds(rows.getBoolean(1), registered == null ? null : registered.toInstant());
                },
                id);
        if (bounds.attendanceRecorded()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "attendance-recorded",
                    "Attendance is already recorded for this meeting, so its time cannot be changed");
        }
        if (bounds.lastRegistered() != null && !startsAt.isAfter(bounds.lastRegistered())) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "registered-before",
                    "A delegate registered for this event on " + UkTime.dateTime(bounds.lastRegistered())
                            + ", so it must start after then");
        }
    }

    /** Whether any council's attendance is recorded for a meeting, and when its latest registration was made. */
    private record Bounds(boolean attendanceRecorded, Instant lastRegistered) {}

    /** What the audit log keeps of a meeting before and after a correction, in the words of the page. */
    private static String described(MeetingInfo meeting) {
        return meeting.title() + ", " + UkTime.dateTime(meeting.startsAt()) + ", "
                + (meeting.online()
                        ? (meeting.place().isEmpty() ? "online" : meeting.place() + " and online")
                        : meeting.place())
                + (meeting.agendaUrl() == null ? "" : ", agenda " + meeting.agendaUrl())
                + (meeting.capacity() == null ? "" : ", capacity " + meeting.capacity());
    }

    private boolean groupExists(long groupId) {
        return Rows.any(jdbc, "select 1 from engagement_group where id = ?", groupId);
    }

    private static MeetingInfo meetingRow(ResultSet rows) throws SQLException {
        long group = rows.getLong(3);
        boolean noGroup = rows.wasNull();
        String eventType = rows.getString(5);
        int capacity = rows.getInt(11);
        boolean noCapacity = rows.wasNull();
        return new MeetingInfo(
                rows.getLong(1),
                MeetingInfo.Kind.valueOf(rows.getString(2)),
                noGroup ? null : group,
                rows.getString(4),
                eventType == null ? null : EventType.valueOf(eventType),
                rows.getString(6),
                rows.getTimestamp(7).toInstant(),
                rows.getString(8),
                rows.getBoolean(9),
                rows.getString(10),
                noCapacity ? null : capacity,
                rows.getInt(12),
                rows.getString(13));
    }
}
