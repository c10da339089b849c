package uk.org.eelga.platform.survey;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** Surveys' figures for the performance framework: response rates and evaluations rated good. */
@Factory
class SurveyMeasures {

    static final ParameterSpec KIND = new ParameterSpec(
            "surveyKind",
            "Survey kind (empty: every kind)",
            false,
            "",
            ParameterSpec.named(SurveyKind.values(), SurveyKind::label));
    static final ParameterSpec AS = new ParameterSpec(
            "as",
            "Figure",
            false,
            "rate",
            ParameterSpec.options(
                    "rate", "Response rate (% of the councils addressed)", "count", "Councils that responded"));
    static final ParameterSpec EVENT_TYPE = new ParameterSpec("eventType", "Event type (empty: every type)", false, "");

    /**
     * "Proportion of council responses (90%)": councils that submitted a response of the councils addressed, over
     * the published surveys of a kind (e.g. CANVASS) opening in the period. Evidence: each survey and council. A
     * council's own figure is always its rate.
     */
    @Singleton
    LiveMeasureKind surveyResponseRate() {
        // a return keyed in by staff from paper or email says so ("responded; Entered by ... from ... on ...")
        String sql = "select a.council, s.title || ': ' || co.name,"
                + " case when r.responded then 'responded' || coalesce('; ' || r.entered, '') else 'not responded'"
                + " end, r.responded"
                + " from survey s cross join lateral survey_audience(s.id) as a(council) join council co on co.id = a.council"
                + " cross join lateral (select count(x.id) > 0 as responded,"
                + " min(app_entered_label(x.entered_by, x.entered_from, x.entered_on)) as entered"
                + " from survey_response x where x.survey_id = s.id"
                + " and x.status = 'SUBMITTED' and x.tenant_id in (select app_council_lineage(a.council))) r"
                + " where s.published and s.opens_at >= ? and s.opens_at < ? and (? = '' or s.kind = ?) %s"
                + " order by s.opens_at, s.id, co.name";
        return new SqlMeasureKind(
                "survey-response-rate",
                "Survey response rate",
                "Councils that responded of the councils addressed, over the surveys of a kind opening in the period.",
                List.of(KIND, AS),
                sql.formatted(""),
                sql.formatted("and a.council = app_current_tenant()"),
                (query, scope) -> List.of(query.from(), query.to(), query.parameter(KIND), query.parameter(KIND)),
                (records, query, scope) -> scope == SqlMeasureKind.Scope.REGION && "count".equals(query.parameter(AS))
                        ? SqlMeasureKind.COUNTED.figure(records, query, scope)
                        : SqlMeasureKind.SHARE.figure(records, query, scope));
    }

    static final ParameterSpec EVENT =
            new ParameterSpec("event", "One named event (empty: every event of the type)", false, "");
    static final ParameterSpec TITLE = new ParameterSpec(
            "titleContains",
            "Only events whose title contains these words, e.g. Apprenticeship (empty: any title)",
            false,
            "");

    /**
     * "80% of evaluation forms rated good or above": submitted evaluation responses whose overall rating (the first
     * rating question) is one of the top two points of its scale, of those that answered it, and the event's paper
     * forms entered by staff (rated 4 or 5 of 5), for events of a type, or one named event, or events whose title
     * contains some words (the apprenticeship conference of 3.4.2), in the period. Evidence:
     * each evaluation response (never the person) and each paper form with who entered it, from what and when.
     */
    @Singleton
    LiveMeasureKind evaluationsRatedGood() {
        String events = " m.starts_at >= ? and m.starts_at < ? and (? = '' or m.event_type = ?)"
                + " and (? = '' or m.id::text = ?) and (? = '' or strpos(lower(m.title), lower(?)) > 0)";
        return new SqlMeasureKind(
                "evaluations-rated-good",
                "Evaluations rated good or above",
                "Evaluation forms rating the event Good or Very good, of those rating it (answered on the platform or"
                        + " entered from paper), for events of a type or one named event in the period.",
                List.of(EVENT_TYPE, EVENT, TITLE),
                "with overall as (select distinct on (q.survey_id) q.survey_id, q.id, q.options"
                        + " from survey_question q where q.type = 'RATING' order by q.survey_id, q.position)"
                        + " select council, label, detail, good from ("
                        + " select r.tenant_id as council, m.title || ': ' || co.name as label,"
                        + " 'rated ' || a.value as detail,"
                        + " array_position(o.options, a.value) > cardinality(o.options) - 2 as good,"
                        + " m.starts_at, m.id as meeting, 0 as paper, r.id as row_id"
                        + " from engagement_meeting m"
                        + " join survey s on s.meeting_id = m.id and s.kind = 'EVALUATION' and s.published"
                        + " join overall o on o.survey_id = s.id"
                        + " join survey_response r on r.survey_id = s.id and r.status = 'SUBMITTED'"
                        + " join survey_answer a on a.response_id = r.id and a.question_id = o.id"
                        + " join council co on co.id = r.tenant_id"
                        + " where" + events
                        + " union all"
                        + " select null, m.title || ': paper form',"
                        + " 'rated ' || p.rating || ' of 5; '"
                        + " || app_entered_label(p.entered_by, p.entered_from, p.entered_on),"
                        + " p.rating >= 4, m.starts_at, m.id, 1, p.id"
                        + " from engagement_meeting m join evaluation_paper_form p on p.meeting_id = m.id"
                        + " and p.withdrawn_on is null"
                        + " cross join generate_series(1, p.forms)"
                        + " where" + events
                        + ") forms order by starts_at, meeting, paper, label, row_id",
                (query, scope) -> {
                    List<Object> one = List.of(
                            query.from(),
                            query.to(),
                            query.parameter(EVENT_TYPE),
                            query.parameter(EVENT_TYPE),
                            query.parameter(EVENT),
                            query.parameter(EVENT),
                            query.parameter(TITLE),
                            query.parameter(TITLE));
                    List<Object> both = new java.util.ArrayList<>(one);
                    both.addAll(one);
                    return both;
                },
                SqlMeasureKind.SHARE);
    }
}
