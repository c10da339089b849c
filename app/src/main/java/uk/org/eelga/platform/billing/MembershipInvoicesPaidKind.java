package uk.org.eelga.platform.billing;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/**
 * "All 52 councils in membership and invoices paid": member councils (not merged away or left) whose membership
 * invoice for the period's financial year is paid. Evidence: each council with its invoice's status. For one
 * council, its own invoice and those of councils merged into it that still existed that year.
 */
@Singleton
class MembershipInvoicesPaidKind implements LiveMeasureKind {

    private static final String SQL = "select c.id, c.name, coalesce(lower(i.status), 'not invoiced'),"
            + " coalesce(i.status = 'PAID', false) from council c"
            + " left join billing_invoice i on i.tenant_id = c.id and i.source_ref = ?"
            + " where %s order by c.name";
    private static final String MEMBERS = "c.status in ('ACTIVE', 'SUSPENDED')";
    // One council's figure covers its lineage: itself and the councils merged into it, each while it still
    // existed in the period (a council merged away before the year began was not invoiced for it).
    private static final String LINEAGE = "c.id in (select app_council_lineage(app_current_tenant()))"
            + " and (c.merged_on is null or c.merged_on > ?)";

    @Override
    public String code() {
        return "membership-invoices-paid";
    }

    @Override
    public String title() {
        return "Membership invoices paid";
    }

    @Override
    public String description() {
        return "Member councils whose membership invoice for the financial year is paid.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        return SqlKindSupport.share(read(query, MEMBERS));
    }

    @Override
    public boolean perCouncil() {
        return true;
    }

    @Override
    public Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        return Optional.of(SqlKindSupport.share(read(query, LINEAGE)));
    }

    private static List<EvidenceRow> read(LiveMeasureQuery query, String filter) {
        // membership invoices carry the financial year in their source reference, e.g. membership-2017-18
        String year = query.period().yearLabel();
        return SqlKindSupport.evidence(query, String.format(SQL, filter), statement -> {
            statement.setString(1, "membership-" + year);
            if (filter.equals(LINEAGE)) {
                statement.setDate(2, java.sql.Date.valueOf(query.period().start()));
            }
        });
    }
}
