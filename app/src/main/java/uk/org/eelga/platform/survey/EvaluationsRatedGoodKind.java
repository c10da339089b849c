package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/**
 * "80% of evaluation forms rated good or above": submitted evaluation responses whose overall rating (the first
 * rating question) is one of the top two points of its scale, of those that answered it, for events of a type in
 * the period. Evidence: each evaluation response (never the person).
 */
@Singleton
class EvaluationsRatedGoodKind implements LiveMeasureKind {

    static final ParameterSpec EVENT_TYPE = new ParameterSpec(
            "eventType", "Event type (CONFERENCE, SUMMIT, MASTERCLASS, THOUGHT_LEADERSHIP...; empty: all)", false, "");

    private static final String SQL = "with overall as (select distinct on (q.survey_id) q.survey_id, q.id, q.options"
            + " from survey_question q where q.type = 'RATING' order by q.survey_id, q.position)"
            + " select r.tenant_id, m.title || ': ' || co.name, 'rated ' || a.value,"
            + " array_position(o.options, a.value) > cardinality(o.options) - 2"
            + " from engagement_meeting m join survey s on s.meeting_id = m.id and s.kind = 'EVALUATION' and s.published"
            + " join overall o on o.survey_id = s.id"
            + " join survey_response r on r.survey_id = s.id and r.status = 'SUBMITTED'"
            + " join survey_answer a on a.response_id = r.id and a.question_id = o.id"
            + " join council co on co.id = r.tenant_id"
            + " where m.starts_at >= ? and m.starts_at < ? and (? = '' or m.event_type = ?)"
            + " order by m.starts_at, m.id, co.name";

    @Override
    public String code() {
        return "evaluations-rated-good";
    }

    @Override
    public String title() {
        return "Evaluations rated good or above";
    }

    @Override
    public String description() {
        return "Evaluation responses rating the event Good or Very good, of those rating it, for events in the period.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EVENT_TYPE);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        String type = query.parameter(EVENT_TYPE);
        List<EvidenceRow> evidence = SqlKindSupport.evidence(query, SQL, statement -> {
            statement.setTimestamp(1, Timestamp.from(query.period().from()));
            statement.setTimestamp(2, Timestamp.from(query.period().to()));
            statement.setString(3, type);
            statement.setString(4, type);
        });
        return SqlKindSupport.share(evidence);
    }
}
