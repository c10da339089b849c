package uk.org.eelga.platform.helpline;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/**
 * "Number (proportion) of authorities accessing" the HR helpline: member councils (active or suspended) that
 * raised at least one query in the period, of all member councils. Evidence: every member council, counted when it
 * raised a query, with how many.
 */
@Singleton
class HelplineAuthoritiesKind implements LiveMeasureKind {

    private static final String SQL = "select c.id, c.name, count(q.id) || ' queries', count(q.id) > 0"
            + " from council c left join helpline_query q on q.tenant_id = c.id and q.raised_at >= ? and q.raised_at < ?"
            + " where c.status in ('ACTIVE', 'SUSPENDED') group by c.id, c.name order by c.name";

    @Override
    public String code() {
        return "helpline-authorities";
    }

    @Override
    public String title() {
        return "Authorities using the HR helpline";
    }

    @Override
    public String description() {
        return "Member councils that raised at least one HR helpline query in the period, as a share of all members.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        List<EvidenceRow> evidence = SqlMeasureKind.records(query, code(), SQL, List.of(query.from(), query.to()));
        return SqlMeasureKind.share(evidence);
    }
}
