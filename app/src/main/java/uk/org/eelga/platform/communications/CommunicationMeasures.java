package uk.org.eelga.platform.communications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterChoices;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.shared.UkTime;

/** Member communications' figures for the performance framework, each with the records behind it. */
@Factory
class CommunicationMeasures {

    static final String NO_BRIEFING = "no briefing recorded";

    static final ParameterSpec KIND = new ParameterSpec(
            "type",
            "What was sent",
            true,
            null,
            ParameterSpec.named(CommunicationKind.values(), CommunicationKind::label));
    static final ParameterSpec TOPIC = new ParameterSpec(
            "topic", "Topic (empty: any topic)", false, "", ParameterSpec.named(Topic.values(), Topic::label));
    static final ParameterSpec AS_COUNT = new ParameterSpec(
            "as",
            "Figure",
            false,
            "count",
            ParameterSpec.options(
                    "count",
                    "How many were sent",
                    "yes-no",
                    "Yes or no: yes when at least the number below were sent"));
    static final ParameterSpec AT_LEAST = new ParameterSpec("atLeast", "For yes or no: how many mean yes", false, "1");
    static final ParameterSpec FOR =
            new ParameterSpec("for", "Whose meetings: the LGA Executive or one of our groups", true, null);
    static final ParameterSpec AS_SHARE = new ParameterSpec(
            "as",
            "Figure",
            false,
            "share",
            ParameterSpec.options(
                    "share", "Share of meetings briefed in time (%)",
                    "count", "Meetings briefed in time",
                    "yes-no", "Yes or no: yes when every meeting was briefed in time"));

    /** The LGA Executive and the association's groups named in words where a measure is bound to one. */
    @Singleton
    ParameterChoices briefedBodies(Communications communications) {
        return ParameterChoices.of(FOR.name(), communications::briefedBodies);
    }

    /** "E-bulletins issued", "Case studies promoted", "Chairman's Briefs published", letters to Government... */
    @Singleton
    LiveMeasureKind published() {
        return new SqlMeasureKind(
                Communications.PUBLISHED_KIND,
                "Communications sent or published",
                "Communications of a kind (and topic) sent or published in the period, as staff recorded them.",
                List.of(KIND, TOPIC, AS_COUNT, AT_LEAST),
                "select null, k.title, 'published ' || to_char(k.published_on, 'FMDD FMMonth YYYY') || case"
                        // sent through the platform: from its delivery and read records
                        + " when k.audience is not null then ', emailed to ' || " + people("sent.people")
                        + "  || ' in ' || " + councils("cardinality(k.sent_to)")
                        + "  || ', opened in the portal by ' || " + people("seen.people")
                        + "  || ' of ' || " + councils("seen.councils")
                        // recorded by hand (sent outside the platform): the number staff recorded
                        + " when k.recipients > 0 then ' to ' || k.recipients || case when k.recipients = 1"
                        + "  then ' recipient' else ' recipients' end || ' (as recorded)'"
                        + " else '' end, true from communication k"
                        + " cross join lateral (select count(*) as people from communication_delivery d"
                        + "  where d.communication_id = k.id) sent"
                        + " cross join lateral (select count(*) as people, count(distinct r.tenant_id) as councils"
                        + "  from communication_read r where r.communication_id = k.id) seen"
                        + " where k.kind = ? and (? = '' or k.topic = ?)"
                        + " and k.published_on between ? and ? order by k.published_on, k.id",
                (query, scope) -> kindTopicAndDays(query),
                (records, query, scope) -> switch (query.parameter(AS_COUNT)) {
                    case "count" -> SqlMeasureKind.COUNTED.figure(records, query, scope);
                    case "yes-no" -> yesNo(records.size() >= atLeast(query), records);
                    default -> throw new IllegalArgumentException("Write count or yes-no");
                });
    }

    /**
     * Councils reached by what was sent through the platform: one record per council a communication of the kind went
     * to in the period, counted when at least one of its people opened it in the portal (never from tracking pixels).
     */
    @Singleton
    LiveMeasureKind councilsReading() {
        return new SqlMeasureKind(
                "communications-read-by-councils",
                "Councils reading what was sent",
                "Of the councils each communication of a kind was sent to in the period, the share where at least one"
                        + " person opened it in the portal.",
                List.of(KIND, TOPIC),
                "select c.id, k.title || ', ' || c.name, (select count(*) from communication_read r"
                        + " where r.communication_id = k.id and r.tenant_id = c.id) || ' of ' || (select count(*)"
                        + " from communication_delivery d where d.communication_id = k.id and d.tenant_id = c.id)"
                        + " || ' people emailed opened it', exists (select 1 from communication_read r"
                        + " where r.communication_id = k.id and r.tenant_id = c.id)"
                        + " from communication k cross join unnest(k.sent_to) s(council) join council c on c.id = s.council"
                        + " where k.kind = ? and (? = '' or k.topic = ?) and k.published_on between ? and ?"
                        + " order by k.published_on, k.id, c.name",
                (query, scope) -> kindTopicAndDays(query),
                SqlMeasureKind.SHARE);
    }

    /**
     * "Briefing prepared for the Chairman for every meeting" (LGA Executive), "Association update provided to every
     * meeting" (a group's meetings): each meeting in the period that has taken place, counted when a briefing for it
     * was published on or before its day. No figure while no briefing at all is recorded for the meetings counted.
     */
    @Singleton
    LiveMeasureKind briefings(Clock clock) {
        return new SqlMeasureKind(
                "briefings-per-meeting",
                "Meetings briefed in time",
                "Meetings (the LGA Executive's, or one of our groups') held in the period with a briefing recorded"
                        + " for them, published on or before the meeting's day.",
                List.of(FOR, AS_SHARE),
                "select u.council, u.label, u.detail, u.counted from ("
                        + " select null::text as council, 'LGA Executive, ' || to_char(x.meets_on, 'FMDD FMMonth YYYY')"
                        + "  as label, " + detail("x.meets_on") + " as detail, b.published_on <= x.meets_on as counted,"
                        + "  x.meets_on as day from lga_executive_meeting x left join lateral (select k.title,"
                        + "  k.published_on from communication k where k.lga_executive_meeting_id = x.id"
                        + "  order by k.published_on limit 1) b on true"
                        + "  where ? = 'lga-executive' and x.meets_on between ? and ? and x.meets_on <= ?"
                        + " union all"
                        + " select null, g.name || ', ' || to_char(m.starts_at at time zone 'Europe/London',"
                        + "  'FMDD FMMonth YYYY'), " + detail("(m.starts_at at time zone 'Europe/London')::date")
                        + ", b.published_on <= (m.starts_at at time zone"
                        + "  'Europe/London')::date, (m.starts_at at time zone 'Europe/London')::date"
                        + "  from engagement_meeting m join engagement_group g on g.id = m.group_id"
                        + "  left join lateral (select k.title, k.published_on from communication k"
                        + "  where k.meeting_id = m.id order by k.published_on limit 1) b on true"
                        + "  where g.code = ? and m.kind = 'MEETING' and m.cancelled_reason is null"
                        + "  and m.starts_at >= ? and m.starts_at < ? and m.starts_at < ?"
                        + ") u order by u.day",
                (query, scope) -> {
                    LocalDate today = UkTime.today(clock);
                    String body = query.parameter(FOR);
                    return List.of(
                            body,
                            query.firstDay(),
                            query.lastDay(),
                            Date.valueOf(today),
                            body,
                            query.from(),
                            query.to(),
                            Timestamp.from(clock.instant()));
                },
                (records, query, scope) -> records.stream()
                                .allMatch(r -> r.detail().equals(NO_BRIEFING))
                        // before any briefing was recorded for these meetings there is no figure (not "No", not 0%)
                        ? MeasureResult.share(0, 0, List.of())
                        : switch (query.parameter(AS_SHARE)) {
                            case "share" -> SqlMeasureKind.SHARE.figure(records, query, scope);
                            case "count" -> SqlMeasureKind.COUNTED.figure(records, query, scope);
                            case "yes-no" -> yesNo(records.stream().allMatch(EvidenceRow::counted), records);
                            default -> throw new IllegalArgumentException("Write share, count or yes-no");
                        });
    }

    /** The parameters of "k.kind = ? and (? = '' or k.topic = ?) and k.published_on between ? and ?". */
    private static List<Object> kindTopicAndDays(LiveMeasureQuery query) {
        return List.of(
                query.parameter(KIND),
                query.parameter(TOPIC),
                query.parameter(TOPIC),
                query.firstDay(),
                query.lastDay());
    }

    private static String detail(String day) {
        return "case when b.published_on is null then '" + NO_BRIEFING + "' else 'briefing \"' || b.title"
                + " || '\" published ' || to_char(b.published_on, 'FMDD FMMonth YYYY') || case when b.published_on > "
                + day + " then ' (after the meeting)' else '' end end";
    }

    /** Yes (1) or no (0) from the records; no records is no figure (not "no"). */
    private static MeasureResult yesNo(boolean yes, List<EvidenceRow> records) {
        return records.isEmpty()
                ? MeasureResult.share(0, 0, List.of())
                : new MeasureResult(
                        yes ? BigDecimal.ONE : BigDecimal.ZERO,
                        SqlMeasureKind.counted(records),
                        (long) records.size(),
                        records);
    }

    private static long atLeast(LiveMeasureQuery query) {
        try {
            return Long.parseLong(query.parameter(AT_LEAST).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("atLeast must be a whole number");
        }
    }

    /** "1 person", "2 people" in SQL, for the records' wording. */
    private static String people(String count) {
        return count + " || case when " + count + " = 1 then ' person' else ' people' end";
    }

    /** "1 council", "2 councils" in SQL. */
    private static String councils(String count) {
        return count + " || case when " + count + " = 1 then ' council' else ' councils' end";
    }
}
