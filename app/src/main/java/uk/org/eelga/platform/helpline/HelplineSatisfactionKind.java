package uk.org.eelga.platform.helpline;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/**
 * The helpline's customer survey: of the queries closed in the period that the council rated, the share rated good
 * or very good ({@link Satisfaction}). As a yes/no figure ("the service provides valuable access to HR advice
 * promptly"): yes when that share is at least the stated level (by default 80%, the association's "rated good or
 * above" level for its evaluations).
 */
@Singleton
class HelplineSatisfactionKind implements LiveMeasureKind {

    static final ParameterSpec AS = new ParameterSpec(
            "as", "share (% rated good or very good) or yes-no (yes when at least atLeast%)", false, "share");
    static final ParameterSpec AT_LEAST =
            new ParameterSpec("atLeast", "For yes-no: the share rated good or very good that means yes", false, "80");

    private static final String SQL = "select q.tenant_id, c.name || ', closed ' || to_char(q.closed_at at time zone"
            + " 'Europe/London', 'DD Mon YYYY') || ' (' || q.category || ')', 'rated ' || q.satisfaction || ' of 5',"
            + " q.satisfaction >= " + Satisfaction.SATISFIED_FROM
            + " from helpline_query q join council c on c.id = q.tenant_id"
            + " where q.closed_at >= ? and q.closed_at < ? and q.satisfaction is not null order by q.closed_at, q.id";

    @Override
    public String code() {
        return "helpline-satisfaction";
    }

    @Override
    public String title() {
        return "HR helpline advice rated good or very good";
    }

    @Override
    public String description() {
        return "On closing, councils answer: \"" + Satisfaction.QUESTION + "\" (1 to 5). The share of the period's"
                + " rated queries answered good or very good, or yes/no against a stated share.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(AS, AT_LEAST);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = SqlMeasureKind.records(query, code(), SQL, List.of(query.from(), query.to()));
        MeasureResult share = SqlMeasureKind.share(evidence);
        return switch (query.parameter(AS)) {
            case "share" -> share;
            case "yes-no" -> new MeasureResult(
                    share.denominator() > 0 && share.value().compareTo(atLeast(query)) >= 0
                            ? BigDecimal.ONE
                            : BigDecimal.ZERO,
                    share.numerator(),
                    share.denominator(),
                    evidence);
            default -> throw new IllegalArgumentException("Write share or yes-no");
        };
    }

    private static BigDecimal atLeast(LiveMeasureQuery query) {
        try {
            BigDecimal level = new BigDecimal(query.parameter(AT_LEAST).trim());
            if (level.signum() < 0 || level.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("atLeast is a percentage from 0 to 100");
            }
            return level;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("atLeast is a percentage from 0 to 100");
        }
    }
}
