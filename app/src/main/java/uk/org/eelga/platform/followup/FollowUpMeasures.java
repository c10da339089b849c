package uk.org.eelga.platform.followup;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.FigureStatement;
import uk.org.eelga.platform.framework.live.FilteredSqlMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.shared.UkTime;

/** Follow-up commitments' figure for the performance framework. */
@Factory
class FollowUpMeasures {

    static final ParameterSpec KIND = new ParameterSpec(
            "type",
            "Kind of follow-up",
            true,
            null,
            ParameterSpec.named(CommitmentKind.values(), CommitmentKind::label));
    static final ParameterSpec AS = new ParameterSpec(
            "as",
            "Figure",
            false,
            "on-time-share",
            ParameterSpec.options(
                    "on-time-share", "Share done by the due date (%)",
                    "longest-weeks", "Longest time taken, in weeks"));

    private static final String SQL = "select f.tenant_id, c.name || ': ' || f.what || ' (arose '"
            + " || to_char(f.arose_on, 'FMDD FMMonth YYYY') || ')', coalesce('done ' || to_char(f.done_on, 'FMDD FMMonth YYYY'),"
            + " 'not done') || ', due ' || to_char(f.due_on, 'FMDD FMMonth YYYY') || ', '"
            + " || (coalesce(f.done_on, ?::date) - f.arose_on) || case when coalesce(f.done_on, ?::date) - f.arose_on = 1"
            + "  then ' day' else ' days' end,"
            + " f.done_on is not null and f.done_on <= f.due_on"
            + " from follow_up_commitment f join council c on c.id = f.tenant_id"
            + " where f.kind = ? and f.arose_on between ? and ? and (f.done_on is not null or f.due_on < ?)";

    /**
     * Follow-up commitments of one kind that arose in the period: the share done by their due date ("100% responded
     * to", "contacted within the specified time period"), or the longest time taken in weeks ("within 4 weeks"). A
     * commitment not yet done and not yet due is left out (it can still be on time); one overdue counts as late, and
     * for the longest time it counts with the time so far.
     */
    @Singleton
    LiveMeasureKind onTime(Clock clock) {
        return new FilteredSqlMeasureKind(
                "follow-ups",
                "Follow-up commitments done on time",
                "Commitments of one kind that arose in the period (after a Peer Challenge, requests for the Joint"
                        + " Secretaries' intervention): the share done by the due date, or the longest time taken in"
                        + " weeks.",
                List.of(KIND, AS),
                "f.tenant_id",
                (query, filter) -> statement(query, filter, UkTime.today(clock)));
    }

    private static FigureStatement statement(LiveMeasureQuery query, String filter, LocalDate today) {
        String kind;
        try {
            kind = CommitmentKind.valueOf(query.parameter(KIND).trim()).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The type is PEER_CHALLENGE_CONTACT, JOINT_SECRETARIES or OTHER");
        }
        String as = query.parameter(AS);
        if (!as.equals("on-time-share") && !as.equals("longest-weeks")) {
            throw new IllegalArgumentException("Write on-time-share or longest-weeks");
        }
        return new FigureStatement(
                SQL + filter + " order by f.arose_on, f.id",
                List.of(
                        Date.valueOf(today),
                        Date.valueOf(today),
                        kind,
                        query.firstDay(),
                        query.lastDay(),
                        Date.valueOf(today)),
                evidence -> as.equals("on-time-share")
                        ? SqlMeasureKind.share(evidence)
                        : new MeasureResult(longestWeeks(evidence), null, null, evidence));
    }

    /** The longest time taken, in weeks to one decimal place, from the "N days" (or "1 day") each evidence row ends with. */
    private static BigDecimal longestWeeks(List<EvidenceRow> evidence) {
        long days = evidence.stream()
                .mapToLong(row -> Long.parseLong(row.detail()
                        .substring(row.detail().lastIndexOf(", ") + 2)
                        .replaceAll(" days?$", "")))
                .max()
                .orElse(0);
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
    }
}
