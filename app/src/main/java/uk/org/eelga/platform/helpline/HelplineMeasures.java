package uk.org.eelga.platform.helpline;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.FigureStatement;
import uk.org.eelga.platform.framework.live.FilteredSqlMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** The HR helpline's figures for the performance framework (and the helpline console, {@link HelplineFigures}). */
@Factory
class HelplineMeasures {

    static final String QUERIES = "helpline-queries";
    static final String AUTHORITIES = "helpline-authorities";
    static final String SERVICE_LEVEL = "helpline-service-level";
    static final String SATISFACTION = "helpline-satisfaction";

    static final ParameterSpec CATEGORY = new ParameterSpec(
            "category",
            "Only queries of this category (empty: every category)",
            false,
            null,
            ParameterSpec.named(Category.values(), Category::label));
    static final ParameterSpec STAGE = new ParameterSpec(
            "stage",
            "Which response",
            false,
            "first-response",
            ParameterSpec.options(
                    "first-response", "First response (an answer or a question back)",
                    "resolution", "Resolution (the query closed)"));
    static final ParameterSpec AS = new ParameterSpec(
            "as",
            "Figure",
            false,
            "share",
            ParameterSpec.options(
                    "share", "Share rated good or very good (%)",
                    "yes-no", "Yes or no: yes when at least the share below"));
    static final ParameterSpec AT_LEAST = new ParameterSpec(
            "atLeast", "For yes or no: the share rated good or very good that means yes", false, "80");

    private static final String COUNCIL = "q.tenant_id";
    private static final String RAISED = "from helpline_query q join council c on c.id = q.tenant_id"
            + " where q.raised_at >= ? and q.raised_at < ?";

    /**
     * "219 help desk queries from 1 April 2017, 145 of them benchmarking requests": the queries raised in the period,
     * of one category when the measure names it. Evidence: each query's council, day and category (never its
     * subject: HR questions can name people).
     */
    @Singleton
    LiveMeasureKind queries() {
        return new FilteredSqlMeasureKind(
                QUERIES,
                "HR helpline queries raised",
                "Queries raised with the HR helpline in the period, all or of one category (e.g. benchmarking).",
                List.of(CATEGORY),
                COUNCIL,
                (query, filter) -> {
                    String category = category(query);
                    return new FigureStatement(
                            "select q.tenant_id, c.name || ', raised ' || to_char(q.raised_at at time zone"
                                    + " 'Europe/London', 'FMDD FMMonth YYYY'), q.category, true " + RAISED
                                    + " and (cast(? as text) is null or q.category = ?)" + filter
                                    + " order by q.raised_at, q.id",
                            Arrays.asList(query.from(), query.to(), category, category),
                            evidence -> MeasureResult.count(evidence.size(), evidence));
                });
    }

    /**
     * "Number (proportion) of authorities accessing" the HR helpline: member councils (active or suspended) that
     * raised at least one query in the period, of all member councils. Evidence: every member council, counted when
     * it raised a query, with how many. With no query at all in the period there is no figure yet.
     */
    @Singleton
    LiveMeasureKind authorities() {
        return new SqlMeasureKind(
                AUTHORITIES,
                "Authorities using the HR helpline",
                "Member councils that raised at least one HR helpline query in the period, as a share of all members.",
                List.of(),
                "select c.id, c.name, count(q.id) || case when count(q.id) = 1 then ' query' else ' queries' end,"
                        + " count(q.id) > 0 from council c left join"
                        + " helpline_query q on q.tenant_id = c.id and q.raised_at >= ? and q.raised_at < ?"
                        + " where c.status in ('ACTIVE', 'SUSPENDED') group by c.id, c.name order by c.name",
                (query, scope) -> List.of(query.from(), query.to()),
                SqlMeasureKind.SHARE_OF_USE);
    }

    /**
     * "Timely advice": the share of queries raised in the period that had their first response (or were resolved) by
     * the deadline stated when they were raised ({@link ServiceLevel}). A query still waiting and not yet past its
     * deadline is left out (it can still be on time); one waiting past it counts as late.
     */
    @Singleton
    LiveMeasureKind serviceLevel(Clock clock) {
        return new FilteredSqlMeasureKind(
                SERVICE_LEVEL,
                "HR helpline queries answered within the service level",
                ServiceLevel.STATED + " The share of the period's queries that met it, for the first response or for"
                        + " resolution.",
                List.of(STAGE),
                COUNCIL,
                (query, filter) -> {
                    String sql = "select q.tenant_id, c.name || ', raised ' || to_char(q.raised_at at time zone"
                            + " 'Europe/London', 'FMDD FMMonth YYYY') || ' (' || " + Category.labelSql("q.category")
                            + " || ')', case when %1$s is null then 'not yet, due ' else 'by ' end"
                            + " || " + ukDateTimeSql("%2$s") + ","
                            + " %1$s is not null and %1$s <= %2$s " + RAISED + " and (%1$s is not null or %2$s < ?)";
                    String stage =
                            switch (query.parameter(STAGE)) {
                                case "first-response" -> String.format(
                                        sql, "q.first_response_at", "q.first_response_due");
                                case "resolution" -> String.format(sql, "q.closed_at", "q.resolution_due");
                                default -> throw new IllegalArgumentException(
                                        "The stage is first-response or resolution");
                            };
                    return new FigureStatement(
                            stage + filter + " order by q.raised_at, q.id",
                            List.of(query.from(), query.to(), Timestamp.from(clock.instant())),
                            SqlMeasureKind::share);
                });
    }

    /**
     * The helpline's customer survey: of the queries closed in the period that the council rated, the share rated
     * good or very good ({@link Satisfaction}). As a yes/no figure ("the service provides valuable access to HR
     * advice promptly"): yes when that share is at least the stated level (by default 80%, the association's "rated
     * good or above" level for its evaluations).
     */
    @Singleton
    LiveMeasureKind satisfaction() {
        return new SqlMeasureKind(
                SATISFACTION,
                "HR helpline advice rated good or very good",
                "On closing, councils answer: \"" + Satisfaction.QUESTION + "\" (1 to 5). The share of the period's"
                        + " rated queries answered good or very good, or yes/no against a stated share.",
                List.of(AS, AT_LEAST),
                "select q.tenant_id, c.name || ', closed ' || to_char(q.closed_at at time zone 'Europe/London',"
                        + " 'FMDD FMMonth YYYY') || ' (' || q.category || ')', 'rated ' || q.satisfaction || ' of 5',"
                        + " q.satisfaction >= " + Satisfaction.SATISFIED_FROM
                        + " from helpline_query q join council c on c.id = q.tenant_id where q.closed_at >= ?"
                        + " and q.closed_at < ? and q.satisfaction is not null order by q.closed_at, q.id",
                (query, scope) -> List.of(query.from(), query.to()),
                HelplineMeasures::rated);
    }

    private static MeasureResult rated(List<EvidenceRow> evidence, LiveMeasureQuery query, SqlMeasureKind.Scope scope) {
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

    /** "5 June 2026 at 3:30pm" ("10am", "midday", "midnight") in SQL, as {@code UkTime.dateTime} writes it. */
    static String ukDateTimeSql(String column) {
        String uk = "(" + column + " at time zone 'Europe/London')";
        return "to_char(" + uk + ", 'FMDD FMMonth YYYY') || ' at ' || case to_char(" + uk + ", 'HH24:MI')"
                + " when '00:00' then 'midnight' when '12:00' then 'midday' else case to_char(" + uk + ", 'MI')"
                + " when '00' then to_char(" + uk + ", 'FMHH12am') else to_char(" + uk + ", 'FMHH12:MIam') end end";
    }
}
