package uk.org.eelga.platform.communications;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * Member communications. Staff record what was sent or published and the LGA Executive's meeting dates; a briefing
 * names the meeting it was for. Councils' people read the published archive (not the internal kinds). The tables
 * are the association's (shared), so reads need no council; every write is audited.
 */
@Singleton
public class Communications {

    public static final int TITLE_MAX = Text.NAME;
    public static final int SUMMARY_MAX = Text.PARAGRAPH;
    public static final int NOTE_MAX = Text.REASON;
    public static final int RECIPIENTS_MAX = 1_000_000;

    static final String SELECT =
            "select k.*, coalesce(cardinality(k.sent_to), 0) as councils, coalesce('LGA Executive, '"
                    + " || to_char(x.meets_on, 'FMDD FMMonth YYYY'), g.name || ', ' || to_char(m.starts_at at time zone"
                    + " 'Europe/London', 'FMDD FMMonth YYYY')) as briefed_for from communication k"
                    + " left join lga_executive_meeting x on x.id = k.lga_executive_meeting_id"
                    + " left join engagement_meeting m on m.id = k.meeting_id left join engagement_group g on g.id = m.group_id";

    /** Published, not internal, and every council's or sent to the bound council; parameters: today, is staff. */
    private static final String READABLE = " where k.kind not in ('GOVERNMENT_SUBMISSION', 'EXECUTIVE_BRIEFING',"
            + " 'MEETING_BRIEFING') and k.published_on <= ? and (k.audience is null or ?"
            + " or k.sent_to && (select app_readable_tenants())::text[])";

    /** The code of the live measure kind of communications published ({@link CommunicationMeasures}). */
    public static final String PUBLISHED_KIND = "communications-published";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Communications(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return UkTime.today(clock);
    }

    // ---- councils

    /**
     * The published archive, newest first (what a council's people read; never the internal kinds, never drafts):
     * what was recorded by hand, which is every council's, and what was sent through the platform to the reader's
     * council (or to a council merged into it). Association staff see everything published.
     */
    @ReadOnly
    public List<Communication> archive(Caller person) {
        allowedToRead(person);
        return jdbc.execute(connection -> communications(
                connection,
                SELECT + READABLE + " order by k.published_on desc, k.id desc limit 500",
                Date.valueOf(today()),
                person.isAssociationStaff()));
    }

    @ReadOnly
    public Communication published(Caller person, long id) {
        allowedToRead(person);
        return jdbc
                .execute(connection -> communications(
                        connection,
                        SELECT + READABLE + " and k.id = ?",
                        Date.valueOf(today()),
                        person.isAssociationStaff(),
                        id))
                .stream()
                .findFirst()
                .orElseThrow(CommunicationNotFound::new);
    }

    /**
     * A council's person opens a communication in the portal: it counts as read by them, once (the read count per
     * council comes only from this, never from tracking pixels in the email). Staff opening it count nothing. A
     * communication not sent to the reader's council is "not found", and nothing is recorded.
     */
    @Transactional
    public Communication open(Caller person, long id) {
        Communication found = published(person, id);
        if (!person.isAssociationStaff() && person.council() != null) {
            Rows.update(
                    jdbc,
                    "insert into communication_read (tenant_id, communication_id, subject, read_at)"
                            + " values (?, ?, ?, ?) on conflict do nothing",
                    CurrentTenant.require().value(),
                    id,
                    person.subject(),
                    Timestamp.from(clock.instant()));
        }
        return found;
    }

    // ---- staff

    /** Everything recorded in a financial year or quarter, newest first. */
    @ReadOnly
    public List<Communication> recorded(Caller staff, ReportingPeriod period) {
        requireStaff(staff);
        return jdbc.execute(connection -> communications(
                connection,
                SELECT + " where k.published_on between ? and ? or k.published_on is null"
                        + " order by k.published_on desc nulls first, k.id desc",
                Date.valueOf(period.start()),
                Date.valueOf(period.end())));
    }

    @Transactional
    public Communication record(Caller staff, CommunicationDetails details) {
        requireStaff(staff);
        CommunicationDetails d = checked(details);
        long id = jdbc.execute(connection -> {
            if (d.lgaExecutiveMeetingId() != null
                    && !exists(
                            connection,
                            "select 1 from lga_executive_meeting where id = ?",
                            d.lgaExecutiveMeetingId())) {
                throw new CommunicationRefused(
                        "lga-executive-meeting", "Choose an LGA Executive meeting recorded here.");
            }
            if (d.meetingId() != null
                    && !exists(
                            connection,
                            "select 1 from engagement_meeting where id = ? and kind = 'MEETING'"
                                    + " and cancelled_reason is null",
                            d.meetingId())) {
                throw new CommunicationRefused(
                        "meeting", "Choose a meeting of one of our groups that was not cancelled.");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into communication (kind, topic,"
                    + " title, summary, link, published_on, recipients, lga_executive_meeting_id, meeting_id,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
                insert.setString(1, d.kind().name());
                insert.setString(2, d.topic().name());
                insert.setString(3, d.title());
                insert.setString(4, d.summary());
                insert.setString(5, d.link());
                insert.setDate(6, Date.valueOf(d.publishedOn()));
                insert.setInt(7, d.recipients());
                insert.setObject(8, d.lgaExecutiveMeetingId());
                insert.setObject(9, d.meetingId());
                insert.setString(10, staff.email());
                insert.setTimestamp(11, Timestamp.from(clock.instant()));
                return Rows.one(insert, rows -> rows.getLong(1));
            }
        });
        audit.record(
                staff,
                null,
                "communication.recorded",
                d.kind().label() + " " + id + ": " + d.title() + ", " + d.publishedOn() + ", " + d.recipients()
                        + " recipients");
        return jdbc.execute(connection -> communications(connection, SELECT + " where k.id = ?", id))
                .get(0);
    }

    /** The LGA Executive's meetings in the period, each with the briefing recorded for it (if any). */
    @ReadOnly
    public List<BriefedMeeting> executiveMeetings(Caller staff, ReportingPeriod period) {
        requireStaff(staff);
        return jdbc.execute(connection -> meetings(
                connection,
                "select x.id, 'LGA Executive' as body, x.meets_on, x.note, b.title as briefing, b.published_on"
                        + " from lga_executive_meeting x left join lateral (select k.title, k.published_on"
                        + "  from communication k where k.lga_executive_meeting_id = x.id"
                        + "  order by k.published_on limit 1) b on true"
                        + " where x.meets_on between ? and ? order by x.meets_on",
                Date.valueOf(period.start()),
                Date.valueOf(period.end())));
    }

    @Transactional
    public BriefedMeeting addExecutiveMeeting(Caller staff, LocalDate meetsOn, String note) {
        requireStaff(staff);
        LocalDate today = today();
        if (meetsOn == null || meetsOn.isBefore(today.minusYears(15)) || meetsOn.isAfter(today.plusYears(2))) {
            throw new CommunicationRefused("meets-on", "Enter the day the LGA Executive meets.");
        }
        String said = note == null || note.isBlank()
                ? null
                : Text.check("the note", note.strip(), NOTE_MAX, false, m -> new CommunicationRefused("note", m));
        long id = jdbc.prepareStatement(
                "insert into lga_executive_meeting"
                        + " (meets_on, note, recorded_by, recorded_at) values (?, ?, ?, ?)"
                        + " on conflict (meets_on) do nothing returning id",
                insert -> {
                    insert.setDate(1, Date.valueOf(meetsOn));
                    insert.setString(2, said);
                    insert.setString(3, staff.email());
                    insert.setTimestamp(4, Timestamp.from(clock.instant()));
                    try (ResultSet rows = insert.executeQuery()) {
                        if (!rows.next()) {
                            throw new CommunicationRefused("exists", "That LGA Executive meeting is already recorded.");
                        }
                        return rows.getLong(1);
                    }
                });
        audit.record(staff, null, "communication.lga-executive-meeting", "LGA Executive meets " + meetsOn);
        return new BriefedMeeting(id, "LGA Executive", meetsOn, said, null, null);
    }

    /**
     * The bodies whose meetings are briefed, named in words where a framework measure is bound to one: the LGA
     * Executive, then the association's groups by name.
     */
    @ReadOnly
    public Map<String, String> briefedBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("lga-executive", "The LGA Executive");
        Rows.each(
                jdbc,
                "select code, name from engagement_group order by name",
                r -> bodies.put(r.getString(1), r.getString(2)));
        return bodies;
    }

    /** Meetings of the association's groups from a year ago to three months ahead, to link a briefing to. */
    @ReadOnly
    public List<BriefedMeeting> groupMeetings(Caller staff) {
        requireStaff(staff);
        LocalDate today = today();
        return jdbc.execute(connection -> meetings(
                connection,
                "select m.id, g.name as body, (m.starts_at at time zone 'Europe/London')::date as meets_on,"
                        + " m.title as note, b.title as briefing, b.published_on from engagement_meeting m"
                        + " join engagement_group g on g.id = m.group_id left join lateral (select k.title,"
                        + "  k.published_on from communication k where k.meeting_id = m.id order by k.published_on"
                        + "  limit 1) b on true"
                        + " where m.kind = 'MEETING' and m.cancelled_reason is null and m.starts_at >= ?"
                        + " and m.starts_at < ? order by m.starts_at limit 500",
                Timestamp.from(UkTime.startOf(today.minusYears(1))),
                Timestamp.from(UkTime.startOf(today.plusMonths(3)))));
    }

    // ---- SQL

    private static boolean exists(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            return Rows.any(select);
        }
    }

    static List<Communication> communications(Connection connection, String sql, Object... values) throws SQLException {
        return Rows.all(connection, sql, Communications::communication, values);
    }

    private static Communication communication(ResultSet rows) throws SQLException {
        long exec = rows.getLong("lga_executive_meeting_id");
        Long execId = rows.wasNull() ? null : exec;
        long meeting = rows.getLong("meeting_id");
        Long meetingId = rows.wasNull() ? null : meeting;
        Date published = rows.getDate("published_on");
        String audience = rows.getString("audience");
        Timestamp sentAt = rows.getTimestamp("send_requested_at");
        Timestamp deliveredAt = rows.getTimestamp("delivered_at");
        return new Communication(
                rows.getLong("id"),
                CommunicationKind.valueOf(rows.getString("kind")),
                Topic.valueOf(rows.getString("topic")),
                rows.getString("title"),
                rows.getString("summary"),
                rows.getString("link"),
                published == null ? null : published.toLocalDate(),
                rows.getInt("recipients"),
                execId,
                meetingId,
                rows.getString("briefed_for"),
                rows.getString("recorded_by"),
                audience == null ? null : Audience.valueOf(audience),
                rows.getInt("councils"),
                sentAt == null ? null : sentAt.toInstant(),
                deliveredAt == null ? null : deliveredAt.toInstant());
    }

    private static List<BriefedMeeting> meetings(Connection connection, String sql, Object... values)
            throws SQLException {
        return Rows.all(connection, sql, Communications::meeting, values);
    }

    private static BriefedMeeting meeting(ResultSet rows) throws SQLException {
        Date briefed = rows.getDate("published_on");
        return new BriefedMeeting(
                rows.getLong("id"),
                rows.getString("body"),
                rows.getDate("meets_on").toLocalDate(),
                rows.getString("note"),
                rows.getString("briefing"),
                briefed == null ? null : briefed.toLocalDate());
    }

    // ---- checks

    private CommunicationDetails checked(CommunicationDetails d) {
        if (d == null || d.kind() == null) {
            throw new CommunicationRefused("kind", "Choose what was sent or published.");
        }
        Topic topic = d.topic() == null ? Topic.GENERAL : d.topic();
        String title = CommunicationChecks.required("title", "the title", d.title(), TITLE_MAX, false);
        String summary =
                CommunicationChecks.required("summary", "a summary of what it said", d.summary(), SUMMARY_MAX, true);
        String link = CommunicationChecks.link(d.link());
        LocalDate today = today();
        if (d.publishedOn() == null
                || d.publishedOn().isAfter(today)
                || d.publishedOn().isBefore(today.minusYears(15))) {
            throw new CommunicationRefused(
                    "published-on", "Enter the day it was sent or published, not in the future.");
        }
        int recipients = d.recipients() == null ? 0 : d.recipients();
        if (recipients < 0 || recipients > RECIPIENTS_MAX) {
            throw new CommunicationRefused("recipients", "Enter how many people it was sent to (0 if published only).");
        }
        Long exec = d.kind() == CommunicationKind.EXECUTIVE_BRIEFING ? d.lgaExecutiveMeetingId() : null;
        if (d.kind() == CommunicationKind.EXECUTIVE_BRIEFING && exec == null) {
            throw new CommunicationRefused("lga-executive-meeting", "Choose the LGA Executive meeting it was for.");
        }
        Long meeting = d.kind() == CommunicationKind.MEETING_BRIEFING ? d.meetingId() : null;
        if (d.kind() == CommunicationKind.MEETING_BRIEFING && meeting == null) {
            throw new CommunicationRefused("meeting", "Choose the meeting it was for.");
        }
        return new CommunicationDetails(
                d.kind(), topic, title, summary, link, d.publishedOn(), recipients, exec, meeting);
    }

    private static void requireStaff(Caller staff) {
        staff.requireStaff(() -> new CommunicationRefused("not-allowed", "Only association staff keep this record."));
    }

    private static void allowedToRead(Caller person) {
        if (!person.isAssociationStaff() && person.council() == null) {
            throw new CommunicationRefused("not-allowed", "The archive is for member councils' people.");
        }
    }
}
