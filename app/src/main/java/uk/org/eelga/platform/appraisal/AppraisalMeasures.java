package uk.org.eelga.platform.appraisal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;
import uk.org.eelga.shared.UkTime;

/** Appraisal support's figure for the performance framework. */
@Factory
class AppraisalMeasures {

    static final ParameterSpec AS = new ParameterSpec(
            "as",
            "Figure",
            false,
            "unmet",
            ParameterSpec.options("unmet", "Requests not met", "met-share", "Share of requests met (%)"));

    /**
     * "All requests for Chief Executive appraisal support are delivered" / "number of unmet requests: 0". A request
     * made in the period is unmet when declined, or not delivered by the period's end once it is over. Evidence: every
     * request made in the period, counted when unmet.
     */
    @Singleton
    LiveMeasureKind appraisalRequests(Clock clock) {
        return new SqlMeasureKind(
                "appraisal-requests",
                "Chief Executive appraisal support requests met or unmet",
                "Unmet: requests made in the period that were declined or, once it is over, not delivered within it."
                        + " Either their count, or the share of requests met.",
                List.of(AS),
                "select r.tenant_id, c.name || ', requested ' || to_char(r.requested_at at time zone"
                        + " 'Europe/London', 'FMDD FMMonth YYYY'), case when r.delivered_on is not null"
                        + " then 'delivered ' || to_char(r.delivered_on, 'FMDD FMMonth YYYY')"
                        + " || case when r.delivered_on > ? then ', after the period ended' else '' end"
                        + " else lower(r.status) end"
                        + " || coalesce('; ' || app_entered_label(r.entered_by, r.entered_from, r.entered_on), ''),"
                        + " r.status = 'DECLINED' or (? and (r.delivered_on is null or r.delivered_on > ?))"
                        + " from appraisal_request r join council c on c.id = r.tenant_id"
                        + " where r.requested_at >= ? and r.requested_at < ? and r.withdrawn_by is null"
                        + " order by r.requested_at, r.id",
                (query, scope) -> List.of(
                        query.lastDay(),
                        UkTime.today(clock).isAfter(query.period().end()),
                        query.lastDay(),
                        query.from(),
                        query.to()),
                (requests, query, scope) -> {
                    long unmet = SqlMeasureKind.counted(requests);
                    if (!"met-share".equals(query.parameter(AS))) {
                        return MeasureResult.count(unmet, requests);
                    }
                    // the share of requests met counts the met ones: the records say so, as the figure does
                    List<EvidenceRow> met = requests.stream()
                            .map(r -> new EvidenceRow(r.councilId(), r.label(), r.detail(), !r.counted()))
                            .toList();
                    return MeasureResult.share(requests.size() - unmet, requests.size(), met);
                });
    }
}
