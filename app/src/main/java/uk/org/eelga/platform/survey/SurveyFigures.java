package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * Survey figures for the engagement summary and the performance framework. Periods are whole days in UK time,
 * both ends included; a survey belongs to the period in which it opens, an evaluation to its event's date.
 */
@Singleton
public class SurveyFigures {

    private final TransactionOperations<Connection> transactions;
    private final AssociationWideRead wideRead;

    private final uk.org.eelga.platform.engagement.RegionalFigureCache regional;

    SurveyFigures(
            TransactionOperations<Connection> transactions,
            AssociationWideRead wideRead,
            uk.org.eelga.platform.engagement.RegionalFigureCache regional) {
        this.regional = regional;
        this.transactions = transactions;
        this.wideRead = wideRead;
    }

    /** A share: numerator of denominator, with the percentage (null when nothing to divide). */
    @Serdeable
    public record Share(int numerator, int denominator) {
        @Nullable
        public BigDecimal percent() {
            return denominator == 0 ? null : SurveyResultsReader.percent(numerator, denominator);
        }
    }

    /** The bound council's surveys in a period: addressed to it, and answered by it or its predecessors. */
    @Serdeable
    public record CouncilFigures(Share surveys, Share evaluations) {}

    /** Per survey: councils that responded of the councils addressed, and who has not. */
    @Serdeable
    public record SurveyRate(
            long surveyId, String title, SurveyKind kind, Instant opensAt, Share councils, List<String> notResponded) {}

    /** "Rated good or above" for one event: responses whose overall rating is Good or Very good. */
    @Serdeable
    public record EventRating(
            long meetingId, String title, @Nullable String eventType, Instant startsAt, Share ratedGoodOrAbove) {}

    /** The regional median of councils' answered share; null when fewer than five councils were addressed. */
    @Serdeable
    public record RegionalMedian(int councils, @Nullable BigDecimal medianShare) {}

    /** The medians of surveys answered (evaluations included) and of event evaluations given. */
    @Serdeable
    public record RegionalMedians(RegionalMedian surveys, RegionalMedian evaluations) {

        static final RegionalMedians NONE =
                new RegionalMedians(new RegionalMedian(0, null), new RegionalMedian(0, null));
    }

    /** (a) For the CURRENT council (bound tenant), including its predecessors' responses. */
    public CouncilFigures forCurrentCouncil(LocalDate from, LocalDate to) {
        String council = CurrentTenant.require().value();
        return transactions.executeRead(status -> {
            int[] counts = new int[4];
            Sql.list(
                    status.getConnection(),
                    "select s.kind, exists (select 1 from survey_response r where r.survey_id = s.id"
                            // the lineage as an array, computed once: as a semi-join PostgreSQL hashed every
                            // council's submitted responses first (9 ms against 4 ms at ten times the data)
                            + " and r.status = 'SUBMITTED'"
                            + " and r.tenant_id = any (array(select app_council_lineage(?))))"
                            + " from survey s where s.published and s.opens_at >= ? and s.opens_at < ?"
                            + " and exists (select 1 from survey_audience(s.id) as a(council) where a.council = ?)",
                    rs -> {
                        boolean evaluation = rs.getString(1).equals("EVALUATION");
                        counts[evaluation ? 2 : 0]++;
                        counts[evaluation ? 3 : 1] += rs.getBoolean(2) ? 1 : 0;
                        return null;
                    },
                    council,
                    start(from),
                    end(to),
                    council);
            return new CouncilFigures(
                    new Share(counts[1] + counts[3], counts[0] + counts[2]), new Share(counts[3], counts[2]));
        });
    }

    /** (b) Regional, staff only: each survey's response rate and the councils that have not responded. */
    public List<SurveyRate> responseRates(Caller staff, LocalDate from, LocalDate to) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return wideRead.read(staff, "survey response rates " + from + " to " + to, c -> {
            Map<Long, SurveyRate> rates = new LinkedHashMap<>();
            Sql.list(
                    c,
                    "select s.id, s.title, s.kind, s.opens_at, co.name, exists (select 1 from survey_response r"
                            + " where r.survey_id = s.id and r.status = 'SUBMITTED'"
                            + " and r.tenant_id in (select app_council_lineage(a.council)))"
                            + " from survey s cross join lateral survey_audience(s.id) as a(council)"
                            + " join council co on co.id = a.council"
                            + " where s.published and s.opens_at >= ? and s.opens_at < ? order by s.opens_at, s.id,"
                            + " co.name",
                    rs -> {
                        long id = rs.getLong(1);
                        SurveyRate before = rates.getOrDefault(
                                id,
                                new SurveyRate(
                                        id,
                                        rs.getString(2),
                                        SurveyKind.valueOf(rs.getString(3)),
                                        Sql.instant(rs, "opens_at"),
                                        new Share(0, 0),
                                        new ArrayList<>()));
                        boolean responded = rs.getBoolean(6);
                        if (!responded) {
                            before.notResponded().add(rs.getString(5));
                        }
                        rates.put(
                                id,
                                new SurveyRate(
                                        id,
                                        before.title(),
                                        before.kind(),
                                        before.opensAt(),
                                        new Share(
                                                before.councils().numerator() + (responded ? 1 : 0),
                                                before.councils().denominator() + 1),
                                        before.notResponded()));
                        return null;
                    },
                    start(from),
                    end(to));
            return rates.values().stream()
                    .map(r -> new SurveyRate(
                            r.surveyId(),
                            r.title(),
                            r.kind(),
                            r.opensAt(),
                            r.councils(),
                            List.copyOf(r.notResponded())))
                    .toList();
        });
    }

    /** (b) The region's "proportion of council responses": all surveys' responses over all councils addressed. */
    public Share overallResponseRate(Caller staff, LocalDate from, LocalDate to) {
        int responded = 0;
        int addressed = 0;
        for (SurveyRate rate : responseRates(staff, from, to)) {
            responded += rate.councils().numerator();
            addressed += rate.councils().denominator();
        }
        return new Share(responded, addressed);
    }

    /**
     * (c) Staff only: per event in the period, the share of evaluation responses rating it good or above. The
     * overall rating is the evaluation's first rating question; "good or above" is one of the top two points of its
     * scale (Good or Very good on the standard scale); the denominator is responses that answered it.
     */
    public List<EventRating> ratedGoodOrAbove(Caller staff, LocalDate from, LocalDate to) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return wideRead.read(
                staff,
                "event evaluation ratings " + from + " to " + to,
                c -> Sql.list(
                        c,
                        "with overall as (select distinct on (q.survey_id) q.survey_id, q.id, q.options from survey_question q"
                                + " where q.type = 'RATING' order by q.survey_id, q.position)"
                                + " select m.id, m.title, m.event_type, m.starts_at,"
                                + " count(a.id) filter (where array_position(o.options, a.value) > cardinality(o.options) - 2),"
                                + " count(a.id)"
                                + " from engagement_meeting m join survey s on s.meeting_id = m.id and s.kind = 'EVALUATION'"
                                + " and s.published join overall o on o.survey_id = s.id"
                                + " left join survey_response r on r.survey_id = s.id and r.status = 'SUBMITTED'"
                                + " left join survey_answer a on a.response_id = r.id and a.question_id = o.id"
                                + " where m.starts_at >= ? and m.starts_at < ? group by m.id order by m.starts_at, m.id",
                        rs -> new EventRating(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                Sql.instant(rs, "starts_at"),
                                new Share(rs.getInt(5), rs.getInt(6))),
                        start(from),
                        end(to)));
    }

    /** (c) The same per event type (CONFERENCE, SUMMIT, ...), and "ALL" for every evaluated event together. */
    public Map<String, Share> ratedGoodOrAboveByEventType(Caller staff, LocalDate from, LocalDate to) {
        Map<String, Share> byType = new LinkedHashMap<>();
        for (EventRating rating : ratedGoodOrAbove(staff, from, to)) {
            String type = rating.eventType() == null ? "MEETING" : rating.eventType();
            for (String key : List.of("ALL", type)) {
                Share before = byType.getOrDefault(key, new Share(0, 0));
                byType.put(
                        key,
                        new Share(
                                before.numerator() + rating.ratedGoodOrAbove().numerator(),
                                before.denominator() + rating.ratedGoodOrAbove().denominator()));
            }
        }
        return byType;
    }

    /**
     * (d) The regional medians of each council's answered share in the period, of every survey and of event
     * evaluations alone, safe to show to any council: the database function runs as the schema owner and returns
     * only the aggregates (never a council's figure).
     */
    public RegionalMedians regionalMedians(LocalDate from, LocalDate to) {
        // The same for every council: kept per period while the records behind it stand (issue 13).
        return transactions.executeRead(status -> {
            try {
                return regionalMedians(from, to, regional.version(status.getConnection()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not read the regional medians", e);
            }
        });
    }

    /**
     * The same, with the version of the region-wide records the caller has just read (the engagement summary reads
     * it with its own figures): the database is asked only when the cache has no medians of the period at that
     * version.
     */
    public RegionalMedians regionalMedians(LocalDate from, LocalDate to, long regionalVersion) {
        try {
            return regional.get(
                    regionalVersion,
                    "survey regional medians " + from + "/" + to,
                    () -> transactions.executeRead(status -> Sql.one(
                                    status.getConnection(),
                                    "select councils, median_share, evaluation_councils, evaluation_median_share"
                                            + " from survey_regional_medians(?, ?)",
                                    rs -> new RegionalMedians(
                                            new RegionalMedian(rs.getInt(1), rs.getBigDecimal(2)),
                                            new RegionalMedian(rs.getInt(3), rs.getBigDecimal(4))),
                                    from,
                                    to)
                            .orElse(RegionalMedians.NONE)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read the regional medians", e);
        }
    }

    static Instant start(LocalDate from) {
        return UkTime.startOf(from);
    }

    static Instant end(LocalDate to) {
        return UkTime.startOf(to.plusDays(1));
    }
}
