package uk.org.eelga.platform.helpline;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.live.FigureStatement;
import uk.org.eelga.platform.framework.live.FilteredMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;

/**
 * "219 help desk queries from 1 April 2017, 145 of them benchmarking requests": the queries raised in the period,
 * of one category when the measure names it. Evidence: each query's council, day and category (never its subject:
 * HR questions can name people).
 */
@Singleton
class HelplineQueriesKind implements FilteredMeasureKind {

    static final String CODE = "helpline-queries";

    static final ParameterSpec CATEGORY = new ParameterSpec(
            "category",
            "Only queries of this category (PAY, TUPE, EMPLOYMENT_LAW, PENSIONS, BENCHMARKING, OTHER); empty: all",
            false,
            null);

    private static final String SQL = "select q.tenant_id, c.name || ', raised ' || to_char(q.raised_at at time zone"
            + " 'Europe/London', 'DD Mon YYYY'), q.category, true from helpline_query q join council c on c.id ="
            + " q.tenant_id where q.raised_at >= ? and q.raised_at < ? and (cast(? as text) is null or q.category = ?)";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "HR helpline queries raised";
    }

    @Override
    public String description() {
        return "Queries raised with the HR helpline in the period, all or of one category (e.g. benchmarking).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(CATEGORY);
    }

    @Override
    public String councilColumn() {
        return "q.tenant_id";
    }

    @Override
    public FigureStatement records(LiveMeasureQuery query, String filter) {
        String category = category(query);
        return new FigureStatement(
                SQL + filter + " order by q.raised_at, q.id",
                Arrays.asList(query.from(), query.to(), category, category),
                evidence -> MeasureResult.count(evidence.size(), evidence));
    }

    private static String category(LiveMeasureQuery query) {
        Optional<String> named = query.parameter(CATEGORY.name());
        if (named.isEmpty()) {
            return null;
        }
        try {
            return Category.valueOf(named.get().trim()).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a helpline category (write e.g. BENCHMARKING)");
        }
    }
}
