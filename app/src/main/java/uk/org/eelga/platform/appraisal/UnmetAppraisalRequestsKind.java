package uk.org.eelga.platform.appraisal;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/**
 * "All requests for Chief Executive appraisal support are delivered" / "number of unmet requests: 0". A request made
 * in the period is unmet when declined, or not delivered by the period's end once it is over. Evidence: every request
 * made in the period, counted when unmet.
 */
@Singleton
class UnmetAppraisalRequestsKind implements LiveMeasureKind {

    static final ParameterSpec AS = new ParameterSpec(
            "as", "Figure: unmet (count of unmet requests) or met-share (% of requests met)", false, "unmet");

    private static final String SQL =
            "select r.tenant_id, c.name || ', requested ' || to_char(r.requested_at, 'DD Mon YYYY'),"
                    + " lower(r.status) || coalesce(', delivered ' || to_char(r.delivered_on, 'DD Mon YYYY'), ''),"
                    + " r.status = 'DECLINED' or (? and (r.delivered_on is null or r.delivered_on > ?))"
                    + " from appraisal_request r join council c on c.id = r.tenant_id"
                    + " where r.requested_at >= ? and r.requested_at < ? order by r.requested_at, r.id";

    @Override
    public String code() {
        return "appraisal-requests";
    }

    @Override
    public String title() {
        return "Chief Executive appraisal support requests met or unmet";
    }

    @Override
    public String description() {
        return "Unmet: requests made in the period that were declined or, once it is over, not delivered within it."
                + " Either their count, or the share of requests met.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AS);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        LocalDate end = query.period().end();
        boolean over = LocalDate.now().isAfter(end);
        List<EvidenceRow> evidence = SqlKindSupport.evidence(query, SQL, statement -> {
            statement.setBoolean(1, over);
            statement.setDate(2, Date.valueOf(end));
            statement.setTimestamp(3, Timestamp.from(query.period().from()));
            statement.setTimestamp(4, Timestamp.from(query.period().to()));
        });
        long unmet = evidence.stream().filter(EvidenceRow::counted).count();
        if ("met-share".equals(query.parameter(AS))) {
            return MeasureResult.share(evidence.size() - unmet, evidence.size(), evidence);
        }
        return MeasureResult.count(unmet, evidence);
    }
}
