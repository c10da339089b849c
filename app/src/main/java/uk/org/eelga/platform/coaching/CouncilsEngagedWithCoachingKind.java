package uk.org.eelga.platform.coaching;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/** "Number of authorities engaged": councils with a confirmed coaching place on a session in the period. */
@Singleton
class CouncilsEngagedWithCoachingKind implements LiveMeasureKind {

    private static final String SQL = "select b.tenant_id, c.name, count(*) || ' confirmed places', true"
            + " from coaching_booking b join coaching_session s on s.id = b.session_id join council c on c.id = b.tenant_id"
            + " where b.status = 'CONFIRMED' and s.starts_at >= ? and s.starts_at < ? group by b.tenant_id, c.name"
            + " order by c.name";

    @Override
    public String code() {
        return "councils-engaged-coaching";
    }

    @Override
    public String title() {
        return "Councils engaged with the coaching programme";
    }

    @Override
    public String description() {
        return "Councils with at least one confirmed place on a coaching session starting in the period.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = SqlKindSupport.evidence(query, SQL, statement -> {
            statement.setTimestamp(1, Timestamp.from(query.period().from()));
            statement.setTimestamp(2, Timestamp.from(query.period().to()));
        });
        return MeasureResult.count(evidence.size(), evidence);
    }
}
