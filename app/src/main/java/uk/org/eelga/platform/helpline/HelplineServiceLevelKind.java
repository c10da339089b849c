package uk.org.eelga.platform.helpline;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import uk.org.eelga.platform.framework.live.FigureStatement;
import uk.org.eelga.platform.framework.live.FilteredMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/**
 * "Timely advice": the share of queries raised in the period that had their first response (or were resolved) by
 * the deadline stated when they were raised ({@link ServiceLevel}). A query still waiting and not yet past its
 * deadline is left out (it can still be on time); one waiting past it counts as late.
 */
@Singleton
class HelplineServiceLevelKind implements FilteredMeasureKind {

    static final ParameterSpec STAGE = new ParameterSpec(
            "stage", "first-response (an answer or question back) or resolution (closed)", false, "first-response");

    private static final String SQL = "select q.tenant_id, c.name || ', raised ' || to_char(q.raised_at at time zone"
            + " 'Europe/London', 'DD Mon YYYY') || ' (' || q.category || ')',"
            + " case when %1$s is null then 'not yet, due ' else 'by ' end"
            + " || to_char(%2$s at time zone 'Europe/London', 'DD Mon YYYY HH24:MI'),"
            + " %1$s is not null and %1$s <= %2$s"
            + " from helpline_query q join council c on c.id = q.tenant_id"
            + " where q.raised_at >= ? and q.raised_at < ? and (%1$s is not null or %2$s < ?)";

    private final Clock clock;

    HelplineServiceLevelKind(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String code() {
        return "helpline-service-level";
    }

    @Override
    public String title() {
        return "HR helpline queries answered within the service level";
    }

    @Override
    public String description() {
        return ServiceLevel.STATED + " The share of the period's queries that met it, for the first response or for"
                + " resolution.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(STAGE);
    }

    @Override
    public String councilColumn() {
        return "q.tenant_id";
    }

    @Override
    public FigureStatement records(LiveMeasureQuery query, String filter) {
        String sql =
                switch (query.parameter(STAGE)) {
                    case "first-response" -> String.format(SQL, "q.first_response_at", "q.first_response_due");
                    case "resolution" -> String.format(SQL, "q.closed_at", "q.resolution_due");
                    default -> throw new IllegalArgumentException("The stage is first-response or resolution");
                };
        return new FigureStatement(
                sql + filter + " order by q.raised_at, q.id",
                List.of(query.from(), query.to(), Timestamp.from(clock.instant())),
                SqlMeasureKind::share);
    }
}
