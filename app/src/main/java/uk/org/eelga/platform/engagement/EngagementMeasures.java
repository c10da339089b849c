package uk.org.eelga.platform.engagement;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** Engagement's figures for the performance framework: events held, and attendance at a group's meetings. */
@Factory
class EngagementMeasures {

    static final ParameterSpec EVENT_TYPE = new ParameterSpec("eventType", "Event type (empty: every type)", false, "");
    static final ParameterSpec GROUP = new ParameterSpec("group", "Group", true, null);
    static final ParameterSpec TITLE = new ParameterSpec(
            "titleContains",
            "Only events whose title contains these words, e.g. London Plan (empty: any title)",
            false,
            "");

    /**
     * "Two Summits delivered per annum": events of a type held (not cancelled, already taken place) in the period,
     * or only those whose title names them (2.2.1 counts the London Plan summits, not every summit).
     */
    @Singleton
    LiveMeasureKind eventsHeld() {
        return new SqlMeasureKind(
                "events-held",
                "Events held",
                "Events of a type that took place in the period (cancelled and future ones are listed, not counted).",
                List.of(EVENT_TYPE, TITLE),
                "select null, m.title, to_char(m.starts_at at time zone 'Europe/London', 'FMDD FMMonth YYYY')"
                        + " || case when m.cancelled_reason is not null then ', cancelled' else '' end,"
                        + " m.cancelled_reason is null and m.starts_at < ? from engagement_meeting m"
                        + " where m.kind = 'EVENT' and m.starts_at >= ? and m.starts_at < ?"
                        + " and (? = '' or m.event_type = ?) and (? = '' or strpos(lower(m.title), lower(?)) > 0)"
                        + " order by m.starts_at",
                (query, scope) -> List.of(
                        Timestamp.from(Instant.now()),
                        query.from(),
                        query.to(),
                        query.parameter(EVENT_TYPE),
                        query.parameter(EVENT_TYPE),
                        query.parameter(TITLE),
                        query.parameter(TITLE)),
                SqlMeasureKind.COUNTED);
    }

    /**
     * "Proportion of council leaders attending (60%)": seats attended of seats expected at a group's meetings in the
     * period that have taken place (cancelled meetings expect nobody, meetings still to come nobody yet). Evidence: every expected council with its seats attended; a
     * council's own figure includes the councils merged into it.
     */
    @Singleton
    LiveMeasureKind groupAttendance() {
        String sql = "with expected as (select s.council_id, sum(s.seats) as seats"
                + " from engagement_expected_seat s join engagement_group g on g.id = s.group_id"
                + " where g.code = ? and s.starts_at >= ? and s.starts_at < ? %1$s group by s.council_id),"
                + " attended as (select a.tenant_id as council_id, count(*) as seats from attendance a"
                + " join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id"
                + " join engagement_group g on g.id = s.group_id"
                + " where g.code = ? and s.starts_at >= ? and s.starts_at < ? and a.status in ('PRESENT', 'SUBSTITUTE') %2$s"
                + " group by a.tenant_id)"
                // the detail starts "attended of expected" so the figure can be summed back from the evidence
                + " select c.id, c.name, least(coalesce(a.seats, 0), e.seats) || ' of ' || e.seats"
                + " || case when e.seats = 1 then ' seat attended' else ' seats attended' end,"
                + " least(coalesce(a.seats, 0), e.seats) > 0 from expected e"
                + " join council c on c.id = e.council_id left join attended a on a.council_id = e.council_id"
                + " order by c.name";
        return new SqlMeasureKind(
                "group-attendance",
                "Attendance at a group's meetings",
                "Seats attended (present or substitute) of seats expected at the group's meetings held in the period.",
                List.of(GROUP),
                sql.formatted("", ""),
                // the lineage as an array, so the condition reaches into the expected-seat view (see
                // EngagementSummaries)
                sql.formatted(
                        "and s.council_id = any (array(select app_council_lineage(app_current_tenant())))",
                        "and a.tenant_id = any (array(select app_council_lineage(app_current_tenant())))"
                                + " and s.council_id = any (array(select app_council_lineage(app_current_tenant())))"),
                (query, scope) -> List.of(
                        query.parameter(GROUP),
                        query.from(),
                        heldBy(query),
                        query.parameter(GROUP),
                        query.from(),
                        heldBy(query)),
                EngagementMeasures::seatsAttended);
    }

    /** Meetings count once they have started: a meeting still to come is not a seat missed. */
    private static Timestamp heldBy(LiveMeasureQuery query) {
        Timestamp now = Timestamp.from(Instant.now());
        return now.before(query.to()) ? now : query.to();
    }

    private static MeasureResult seatsAttended(
            List<EvidenceRow> councils, LiveMeasureQuery query, SqlMeasureKind.Scope scope) {
        long attended = 0;
        long expected = 0;
        for (EvidenceRow council : councils) {
            String[] seats = council.detail().split(" ");
            attended += Long.parseLong(seats[0]);
            expected += Long.parseLong(seats[2]);
        }
        return MeasureResult.share(attended, expected, councils);
    }
}
