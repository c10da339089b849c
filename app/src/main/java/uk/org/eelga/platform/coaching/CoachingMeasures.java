package uk.org.eelga.platform.coaching;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** The coaching programme's figure for the performance framework. */
@Factory
class CoachingMeasures {

    /** "Number of authorities engaged": councils with a confirmed coaching place on a session in the period. */
    @Singleton
    LiveMeasureKind councilsEngaged() {
        return new SqlMeasureKind(
                "councils-engaged-coaching",
                "Councils engaged with the coaching programme",
                "Councils with at least one confirmed place on a coaching session starting in the period.",
                List.of(),
                "select b.tenant_id, c.name, count(*) || ' confirmed places'"
                        + " || coalesce('; ' || string_agg(distinct app_entered_label(b.entered_by, b.entered_from,"
                        + " b.entered_on), '; '), ''), true from coaching_booking b"
                        + " join coaching_session s on s.id = b.session_id join council c on c.id = b.tenant_id"
                        + " where b.status = 'CONFIRMED' and s.starts_at >= ? and s.starts_at < ?"
                        + " group by b.tenant_id, c.name order by c.name",
                (query, scope) -> List.of(query.from(), query.to()),
                SqlMeasureKind.COUNTED);
    }
}
