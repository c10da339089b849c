package uk.org.eelga.platform.coaching;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.ExpectedMembers;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** The coaching programme's figure for the performance framework. */
@Factory
class CoachingMeasures {

    static final ParameterSpec AS = new ParameterSpec(
            "as",
            "Figure",
            false,
            "count",
            ParameterSpec.options("count", "Councils engaged", "share", "Share of the expected member councils (%)"));

    /** "Number of authorities engaged": councils with a confirmed coaching place on a session in the period. */
    @Singleton
    LiveMeasureKind councilsEngaged() {
        return new SqlMeasureKind(
                "councils-engaged-coaching",
                "Councils engaged with the coaching programme",
                "Councils with at least one confirmed place on a coaching session starting in the period.",
                List.of(AS, ExpectedMembers.PARAMETER),
                "select b.tenant_id, c.name, count(*) || case when count(*) = 1 then ' confirmed place' else ' confirmed places' end"
                        + " || coalesce('; ' || string_agg(distinct app_entered_label(b.entered_by, b.entered_from,"
                        + " b.entered_on), '; '), ''), true from coaching_booking b"
                        + " join coaching_session s on s.id = b.session_id join council c on c.id = b.tenant_id"
                        + " where b.status = 'CONFIRMED' and s.starts_at >= ? and s.starts_at < ?"
                        + " group by b.tenant_id, c.name order by c.name",
                (query, scope) -> List.of(query.from(), query.to()),
                CoachingMeasures::engaged);
    }

    /** Councils engaged as a count, or as a share of the expected membership (the 2019-20 plan's 30%). */
    private static MeasureResult engaged(
            List<EvidenceRow> councils, LiveMeasureQuery query, SqlMeasureKind.Scope scope) {
        return switch (query.parameter(AS)) {
            case "count" -> MeasureResult.count(SqlMeasureKind.counted(councils), councils);
            case "share" -> MeasureResult.share(SqlMeasureKind.counted(councils), ExpectedMembers.of(query), councils);
            default -> throw new IllegalArgumentException("The figure is a count or a share");
        };
    }
}
