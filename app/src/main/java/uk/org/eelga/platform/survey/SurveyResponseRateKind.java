package uk.org.eelga.platform.survey;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/**
 * "Proportion of council responses (90%)": councils that submitted a response of the councils addressed, over
 * the published surveys of a kind (e.g. CANVASS) opening in the period. Evidence: each survey and council.
 */
@Singleton
class SurveyResponseRateKind implements LiveMeasureKind {

    static final ParameterSpec KIND = new ParameterSpec(
            "surveyKind", "Survey kind (PERCEPTION, CANVASS, EVALUATION, OTHER; empty: all)", false, "");

    static final ParameterSpec AS = new ParameterSpec(
            "as", "Figure: rate (% of councils addressed) or count (councils that responded)", false, "rate");

    private static final String SQL = "select a.council, s.title || ': ' || co.name,"
            + " case when r.responded then 'responded' else 'not responded' end, r.responded"
            + " from survey s cross join lateral survey_audience(s.id) as a(council) join council co on co.id = a.council"
            + " cross join lateral (select exists (select 1 from survey_response x where x.survey_id = s.id"
            + " and x.status = 'SUBMITTED' and x.tenant_id in (select app_council_lineage(a.council))) as responded) r"
            + " where s.published and s.opens_at >= ? and s.opens_at < ? and (? = '' or s.kind = ?) %s"
            + " order by s.opens_at, s.id, co.name";

    @Override
    public String code() {
        return "survey-response-rate";
    }

    @Override
    public String title() {
        return "Survey response rate";
    }

    @Override
    public String description() {
        return "Councils that responded of the councils addressed, over the surveys of a kind opening in the period.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(KIND, AS);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = read(query, "");
        if ("count".equals(query.parameter(AS))) {
            return MeasureResult.count(
                    evidence.stream().filter(EvidenceRow::counted).count(), evidence);
        }
        return SqlKindSupport.share(evidence);
    }

    @Override
    public boolean perCouncil() {
        return true;
    }

    @Override
    public Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        return Optional.of(SqlKindSupport.share(read(query, "and a.council = app_current_tenant()")));
    }

    private static List<EvidenceRow> read(LiveMeasureQuery query, String filter) {
        String kind = query.parameter(KIND);
        return SqlKindSupport.evidence(query, String.format(SQL, filter), statement -> {
            statement.setTimestamp(1, Timestamp.from(query.period().from()));
            statement.setTimestamp(2, Timestamp.from(query.period().to()));
            statement.setString(3, kind);
            statement.setString(4, kind);
        });
    }
}
