package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * Who the association's groups expect, maintained by association staff (issue 14 point 1): new groups, the roles
 * each expected council sends (one or more: the reception's leader and chief executive), named member councils
 * with from/to dates, and per-meeting seat exceptions (a council with no chief executive that year). Every change
 * is in the audit log; the expected seats follow at once ({@code engagement_expected_seat}).
 */
@Singleton
public class GroupReference {

    /** The most roles a group expects from each council. */
    public static final int MAX_ROLES = 5;

    @Serdeable
    public record RoleSeats(ExpectedRole role, int seats) {}

    @Serdeable
    public record NewGroup(
            @FreeText(max = 60) String code,
            @FreeText(max = Text.NAME) String name,
            @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
            Audience audience,
            List<RoleSeats> roles,
            int meetingsPerYear) {}

    /**
     * A group's details as corrected by staff. Its code and audience stay: framework measures find the group by its
     * code, and who is expected follows from the audience.
     */
    @Serdeable
    public record GroupDetails(
            @FreeText(max = Text.NAME) String name,
            @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
            @Nullable Integer meetingsPerYear) {}

    @Serdeable
    public record NewMembership(
            @FreeText(max = 60) String councilId,
            @PlausibleDate LocalDate from,
            @Nullable @PlausibleDate LocalDate to) {}

    @Serdeable
    public record MembershipEnd(@PlausibleDate LocalDate to) {}

    @Serdeable
    public record NewSeatException(
            @FreeText(max = 60) String councilId,
            ExpectedRole role,
            @FreeText(max = Text.REASON, multiline = true) String reason) {}

    @Serdeable
    public record Membership(
            long id, long groupId, String councilId, String councilName, LocalDate from, @Nullable LocalDate to) {}

    @Serdeable
    public record SeatException(
            long id, long meetingId, String councilId, String councilName, ExpectedRole role, String reason) {}

    /** A group with everything that says who it expects. */
    @Serdeable
    public record GroupDetail(GroupInfo group, List<RoleSeats> roles, List<Membership> memberships) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final MeetingPlanner planner;
    private final AttendanceRegister attendance;
    private final TransactionOperations<Connection> transactions;

    GroupReference(
            JdbcOperations jdbc,
            AuditLog audit,
            MeetingPlanner planner,
            AttendanceRegister attendance,
            TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.planner = planner;
        this.attendance = attendance;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public GroupDetail detail(long groupId) {
        GroupInfo group = planner.groups().stream()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow(() -> EngagementRefused.notFound("group"));
        return new GroupDetail(group, roles(group), memberships(groupId));
    }

    @Transactional
    public GroupDetail createGroup(Caller staff, NewGroup draft) {
        requireStaff(staff);
        if (draft == null) {
            throw EngagementRefused.invalid("group", "Give the group's code, name, audience and roles");
        }
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!code.matches("[a-z0-9-]{1,60}")) {
            throw EngagementRefused.invalid("code", "The code is 1 to 60 lower-case letters, digits or hyphens");
        }
        GroupDetails details =
                validDetails(new GroupDetails(draft.name(), draft.description(), draft.meetingsPerYear()));
        String name = details.name();
        if (draft.audience() == null) {
            throw EngagementRefused.invalid("audience", "Say who is expected: all councils, counties, or named");
        }
        List<RoleSeats> roles = validRoles(draft.roles());
        lockNames();
        boolean taken = Rows.one(
                jdbc,
                "select exists (select 1 from engagement_group where code = ? or lower(name) = lower(?))",
                r -> r.getBoolean(1),
                code,
                name);
        if (taken) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "group-exists", "A group with this code or name exists");
        }
        long id = Rows.first(
                        jdbc,
                        "insert into engagement_group (code, name, description, audience, expected_role,"
                                + " seats_per_council, meetings_per_year) values (?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing returning id",
                        r -> r.getLong(1),
                        code,
                        name,
                        details.description(),
                        draft.audience(),
                        roles.get(0).role(),
                        roles.get(0).seats(),
                        details.meetingsPerYear())
                .orElseThrow(() -> new EngagementRefused(
                        EngagementRefused.Kind.CONFLICT, "group-exists", "A group with this code or name exists"));
        writeRoles(id, roles);
        audit.record(staff, null, "engagement.group.created", code + " " + name + " " + roles);
        return detail(id);
    }

    /**
     * Corrects a group's name, description and meetings a year. The code and audience stay as they are: framework
     * measures find the group by its code.
     */
    @Transactional
    public GroupDetail correctGroup(Caller staff, long groupId, GroupDetails draft) {
        requireStaff(staff);
        GroupDetails details = validDetails(draft);
        lockNames();
        GroupInfo before = detail(groupId).group();
        boolean taken = Rows.one(
                jdbc,
                "select exists (select 1 from engagement_group where lower(name) = lower(?) and id <> ?)",
                r -> r.getBoolean(1),
                details.name(),
                groupId);
        if (taken) {
            throw new EngagementRefused(EngagementRefused.Kind.CONFLICT, "group-exists", "Another group has this name");
        }
        Rows.update(
                jdbc,
                "update engagement_group set name = ?, description = ?, meetings_per_year = ? where id = ?",
                details.name(),
                details.description(),
                details.meetingsPerYear(),
                groupId);
        GroupDetail after = detail(groupId);
        audit.record(staff, null, "engagement.group.corrected", describe(before), describe(after.group()), null);
        return after;
    }

    /** Replaces the roles a group expects from each council (e.g. leader and chief executive). */
    @Transactional
    public GroupDetail setRoles(Caller staff, long groupId, List<RoleSeats> roles) {
        requireStaff(staff);
        List<RoleSeats> valid = validRoles(roles);
        GroupDetail before = detail(groupId);
        // lock the group so two staff changing roles at once do not interleave
        Rows.any(jdbc, "select id from engagement_group where id = ? for update", groupId);
        Rows.update(jdbc, "delete from engagement_group_role where group_id = ?", groupId);
        writeRoles(groupId, valid);
        audit.record(
                staff,
                null,
                "engagement.group.roles",
                before.group().code() + " " + before.roles(),
                before.group().code() + " " + valid,
                null);
        return detail(groupId);
    }

    /** A council joins a group with named members from a date (to a date, or open). */
    @Transactional
    public Membership addMembership(Caller staff, long groupId, NewMembership draft) {
        requireStaff(staff);
        GroupDetail group = detail(groupId);
        if (draft == null) {
            throw EngagementRefused.invalid("membership", "Give the council and the date it joins");
        }
        if (group.group().audience() != Audience.NAMED_COUNCILS) {
            throw EngagementRefused.invalid(
                    "not-named",
                    "This group expects " + group.group().audience().label().toLowerCase()
                            + "; only groups of named councils have members");
        }
        TenantId council = knownCouncil(draft.councilId());
        dates(draft.from(), draft.to());
        boolean overlaps = group.memberships().stream()
                .anyMatch(m -> m.councilId().equals(council.value())
                        && !(m.to() != null && m.to().isBefore(draft.from()))
                        && !(draft.to() != null && draft.to().isBefore(m.from())));
        if (overlaps) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "membership-overlaps",
                    "This council is already a member of the group for some of these dates");
        }
        long id = Rows.one(
                jdbc,
                "insert into engagement_group_membership (group_id, council_id, from_date, to_date, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id",
                r -> r.getLong(1),
                groupId,
                council.value(),
                Date.valueOf(draft.from()),
                draft.to() == null ? null : Date.valueOf(draft.to()),
                staff.email());
        audit.record(
                staff,
                council,
                "engagement.group.member.added",
                group.group().code() + " from " + draft.from() + (draft.to() == null ? "" : " to " + draft.to()));
        return membership(id);
    }

    /** A council leaves a group: its membership ends on a date. */
    @Transactional
    public Membership endMembership(Caller staff, long membershipId, MembershipEnd end) {
        requireStaff(staff);
        Membership before = membership(membershipId);
        if (end == null || end.to() == null) {
            throw EngagementRefused.invalid("to", "Give the last day of the membership");
        }
        dates(before.from(), end.to());
        Rows.update(
                jdbc,
                "update engagement_group_membership set to_date = ? where id = ?",
                Date.valueOf(end.to()),
                membershipId);
        audit.record(
                staff,
                TenantId.of(before.councilId()),
                "engagement.group.member.ended",
                "to " + before.to(),
                "to " + end.to(),
                null);
        return membership(membershipId);
    }

    /**
     * A seat not expected at one group meeting: a vacancy, or a council with no chief executive that year. The
     * council's seats of that role leave the attendance list and the figures. Refused when the seat that would go
     * has attendance recorded (the seat was expected after all), for a role the group does not expect, or for a
     * council not expected at the meeting.
     */
    public SeatException addSeatException(Caller staff, long meetingId, NewSeatException draft) {
        requireStaff(staff);
        if (draft == null || draft.role() == null) {
            throw EngagementRefused.invalid("role", "Select which role's seat is not expected");
        }
        String reason = plain("reason", draft.reason(), Text.REASON, true, true);
        record Checked(MeetingInfo meeting, TenantId council, RoleSeats role) {}
        Checked checked = transactions.executeRead(status -> {
            MeetingInfo meeting = groupMeeting(meetingId);
            TenantId council = knownCouncil(draft.councilId());
            GroupInfo group = detail(meeting.groupId()).group();
            RoleSeats role = roles(group).stream()
                    .filter(r -> r.role() == draft.role())
                    .findFirst()
                    .orElseThrow(() -> EngagementRefused.invalid(
                            "role",
                            group.name() + " does not expect a "
                                    + draft.role().label().toLowerCase() + " from each council"));
            if (exceptionExists(meetingId, council, draft.role())) {
                throw alreadyNotExpected();
            }
            return new Checked(meeting, council, role);
        });
        MeetingInfo meeting = checked.meeting();
        TenantId council = checked.council();
        RoleSeats role = checked.role();
        List<AttendanceLine> seats = attendance.list(staff, meetingId).stream()
                .filter(l -> l.councilId().equals(council.value()))
                .toList();
        if (seats.isEmpty()) {
            // another caller may have just marked this council's last seat: that is a conflict, not bad input
            if (exceptionExists(meetingId, council, draft.role())) {
                throw alreadyNotExpected();
            }
            throw EngagementRefused.invalid("council", "That council is not expected at this meeting");
        }
        int left = seats.size() - role.seats();
        for (AttendanceLine seat : seats) {
            if (seat.seat() > left && seat.status() != null) {
                throw new EngagementRefused(
                        EngagementRefused.Kind.CONFLICT,
                        "attendance-recorded",
                        "Attendance is already recorded for " + seat.councilName() + "'s seat " + seat.seat()
                                + " at this meeting. A seat with attendance recorded cannot be marked as not"
                                + " expected.");
            }
        }
        return transactions.executeWrite(status -> {
            long id = Rows.first(
                            jdbc,
                            "insert into engagement_seat_exception (meeting_id, council_id, role, reason, created_by)"
                                    + " values (?, ?, ?, ?, ?) on conflict (meeting_id, council_id, role) do nothing"
                                    + " returning id",
                            r -> r.getLong(1),
                            meetingId,
                            council.value(),
                            draft.role(),
                            reason,
                            staff.email())
                    .orElseThrow(GroupReference::alreadyNotExpected);
            audit.record(
                    staff,
                    council,
                    "engagement.seat.exception",
                    null,
                    meeting.title() + ": no " + draft.role().label().toLowerCase() + " expected",
                    reason);
            return new SeatException(
                    id, meetingId, council.value(), seats.get(0).councilName(), draft.role(), reason);
        });
    }

    /** The seat is expected again, as when a seat was marked not expected by mistake. */
    public SeatException removeSeatException(Caller staff, long meetingId, long exceptionId) {
        requireStaff(staff);
        return transactions.executeWrite(status -> {
            MeetingInfo meeting = groupMeeting(meetingId);
            SeatException removed = Rows.first(
                            jdbc,
                            "delete from engagement_seat_exception x using council c where x.id = ?"
                                    + " and x.meeting_id = ? and c.id = x.council_id"
                                    + " returning x.id, x.meeting_id, x.council_id, c.name, x.role, x.reason",
                            GroupReference::seatExceptionRow,
                            exceptionId,
                            meetingId)
                    .orElseThrow(() -> EngagementRefused.notFound("seat marked as not expected at this meeting"));
            audit.record(
                    staff,
                    TenantId.of(removed.councilId()),
                    "engagement.seat.exception.removed",
                    removed.reason(),
                    meeting.title() + ": " + removed.role().label().toLowerCase() + " expected again",
                    null);
            return removed;
        });
    }

    private MeetingInfo groupMeeting(long meetingId) {
        MeetingInfo meeting = planner.meeting(meetingId).orElseThrow(() -> EngagementRefused.notFound("meeting"));
        if (meeting.kind() != MeetingInfo.Kind.MEETING) {
            throw EngagementRefused.invalid(
                    "meeting", "Seats are expected at group meetings only: an event counts its registered delegates");
        }
        if (meeting.cancelled()) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "meeting-cancelled",
                    "This meeting was cancelled, so no seat is expected at it");
        }
        return meeting;
    }

    @Transactional(readOnly = true)
    boolean exceptionExists(long meetingId, TenantId council, ExpectedRole role) {
        return Rows.one(
                jdbc,
                "select exists (select 1 from engagement_seat_exception where meeting_id = ? and council_id = ?"
                        + " and role = ?)",
                r -> r.getBoolean(1),
                meetingId,
                council.value(),
                role.name());
    }

    private static EngagementRefused alreadyNotExpected() {
        return new EngagementRefused(
                EngagementRefused.Kind.CONFLICT,
                "seat-already-not-expected",
                "This seat is already marked as not expected at this meeting");
    }

    @Transactional(readOnly = true)
    public List<SeatException> seatExceptions(long meetingId) {
        planner.meeting(meetingId).orElseThrow(() -> EngagementRefused.notFound("meeting"));
        return Rows.all(
                jdbc,
                "select x.id, x.meeting_id, x.council_id, c.name, x.role, x.reason from engagement_seat_exception x"
                        + " join council c on c.id = x.council_id where x.meeting_id = ? order by c.name, x.role",
                GroupReference::seatExceptionRow,
                meetingId);
    }

    private static SeatException seatExceptionRow(ResultSet r) throws SQLException {
        return new SeatException(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                ExpectedRole.valueOf(r.getString(5)),
                r.getString(6));
    }

    /** Seats expected at a meeting, after roles, memberships and exceptions. */
    @Transactional(readOnly = true)
    public long expectedSeats(long meetingId) {
        return Rows.one(
                jdbc,
                "select coalesce(sum(seats), 0) from engagement_expected_seat where meeting_id = ?",
                r -> r.getLong(1),
                meetingId);
    }

    private List<RoleSeats> roles(GroupInfo group) {
        List<RoleSeats> roles = Rows.all(
                jdbc,
                "select role, seats from engagement_group_role where group_id = ? order by role",
                r -> new RoleSeats(ExpectedRole.valueOf(r.getString(1)), r.getInt(2)),
                group.id());
        return roles.isEmpty() ? List.of(new RoleSeats(group.expectedRole(), group.seatsPerCouncil())) : roles;
    }

    private static final String MEMBERSHIPS = "select m.id, m.group_id, m.council_id, c.name, m.from_date, m.to_date"
            + " from engagement_group_membership m join council c on c.id = m.council_id";

    private List<Membership> memberships(long groupId) {
        return Rows.all(
                jdbc,
                MEMBERSHIPS + " where m.group_id = ? order by c.name, m.from_date",
                GroupReference::membershipRow,
                groupId);
    }

    private Membership membership(long id) {
        return Rows.first(jdbc, MEMBERSHIPS + " where m.id = ?", GroupReference::membershipRow, id)
                .orElseThrow(() -> EngagementRefused.notFound("membership"));
    }

    private static Membership membershipRow(ResultSet r) throws SQLException {
        Date to = r.getDate(6);
        return new Membership(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getDate(5).toLocalDate(),
                to == null ? null : to.toLocalDate());
    }

    private void writeRoles(long groupId, List<RoleSeats> roles) {
        jdbc.prepareStatement("insert into engagement_group_role (group_id, role, seats) values (?, ?, ?)", s -> {
            for (RoleSeats role : roles) {
                s.setLong(1, groupId);
                s.setString(2, role.role().name());
                s.setInt(3, role.seats());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    private static List<RoleSeats> validRoles(List<RoleSeats> roles) {
        if (roles == null || roles.isEmpty() || roles.size() > MAX_ROLES) {
            throw EngagementRefused.invalid(
                    "roles", "Name 1 to " + MAX_ROLES + " roles each expected council sends (e.g. LEADER)");
        }
        Set<ExpectedRole> seen = new HashSet<>();
        for (RoleSeats role : roles) {
            if (role == null || role.role() == null) {
                throw EngagementRefused.invalid("roles", "Each role needs a name (e.g. LEADER, CHIEF_EXECUTIVE)");
            }
            if (role.seats() < 1 || role.seats() > 10) {
                throw EngagementRefused.invalid("seats", "Each role has 1 to 10 seats per council");
            }
            if (!seen.add(role.role())) {
                throw EngagementRefused.invalid("roles", "Name each role once");
            }
        }
        return List.copyOf(roles);
    }

    private TenantId knownCouncil(String councilId) {
        TenantId council = TenantId.given(
                councilId == null ? "" : councilId.strip(),
                () -> EngagementRefused.invalid("council", "There is no such member council"));
        boolean known = Rows.one(
                jdbc, "select exists (select 1 from council where id = ?)", r -> r.getBoolean(1), council.value());
        if (!known) {
            throw EngagementRefused.invalid("council", "There is no such member council");
        }
        return council;
    }

    private static void dates(LocalDate from, @Nullable LocalDate to) {
        if (from == null) {
            throw EngagementRefused.invalid("from", "Give the first day of the membership");
        }
        for (LocalDate date : new LocalDate[] {from, to}) {
            if (date != null && (date.getYear() < 1900 || date.getYear() > 2199)) {
                throw EngagementRefused.invalid("date", "Give dates between 1900 and 2199");
            }
        }
        if (to != null && to.isBefore(from)) {
            throw EngagementRefused.invalid("to", "A membership cannot end before it starts");
        }
    }

    /** The checks a group's name, description and meetings a year pass, on adding and on correcting it. */
    private static GroupDetails validDetails(GroupDetails draft) {
        if (draft == null) {
            throw EngagementRefused.invalid("group", "Give the group's name and meetings a year");
        }
        String name = plain("name", draft.name(), Text.NAME, false, true);
        String description = plain("description", draft.description(), Text.PARAGRAPH, true, false);
        Integer meetings = draft.meetingsPerYear();
        if (meetings == null || meetings < 0 || meetings > 52) {
            throw EngagementRefused.invalid("meetings-per-year", "Meetings a year is 0 to 52");
        }
        return new GroupDetails(name, description == null ? "" : description, meetings);
    }

    /**
     * Takes turns at naming groups, so two staff adding or renaming groups at once cannot both take one name (the
     * names are unique whatever their case; the table's own constraint minds case).
     */
    private void lockNames() {
        Rows.any(jdbc, "select pg_advisory_xact_lock(hashtext('engagement_group.name'))");
    }

    private static String describe(GroupInfo group) {
        return group.code() + ": " + group.name() + ", " + group.meetingsPerYear() + " meetings a year"
                + (group.description() == null || group.description().isEmpty() ? "" : ", " + group.description());
    }

    private static String plain(String field, String value, int max, boolean multiline, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw EngagementRefused.invalid(field, "Give the " + field + " (1 to " + max + " characters)");
            }
            return null;
        }
        if (text.length() > max || Text.hasControlCharacters(text, multiline)) {
            throw EngagementRefused.invalid(field, "The " + field + " is at most " + max + " characters of plain text");
        }
        return text;
    }

    private static void requireStaff(Caller user) {
        if (user == null) {
            throw EngagementRefused.staffOnly();
        }
        user.requireStaff(EngagementRefused::staffOnly);
    }
}
