package uk.org.eelga.platform.billing;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.SqlMeasureKind;

/** Billing's figure for the performance framework. */
@Factory
class BillingMeasures {

    private static final String NOT_INVOICED = "not invoiced";

    /**
     * "All 52 councils in membership and invoices paid": member councils (not merged away or left) whose membership
     * invoice for the period's financial year is paid. Evidence: each council with its invoice's status. One
     * council's figure covers its lineage: itself and the councils merged into it, each while it still existed in the
     * period (a council merged away before the year began was not invoiced for it). Before the year's invoicing run
     * has billed anyone there is no figure yet (not a red 0%: nobody has been asked to pay).
     */
    @Singleton
    LiveMeasureKind membershipInvoicesPaid() {
        // membership invoices carry the financial year in their source reference, e.g. membership-2017-18
        // a payment entered from the ledger says so ("paid; Entered by ... from ... on ...")
        String sql = "select c.id, c.name, coalesce(lower(i.status)"
                + " || coalesce('; ' || app_entered_label(i.entered_by, i.entered_from, i.entered_on), ''), '"
                + NOT_INVOICED + "'),"
                + " coalesce(i.status = 'PAID', false) from council c"
                + " left join billing_invoice i on i.tenant_id = c.id and i.source_ref = ?"
                + " where %s order by c.name";
        return new SqlMeasureKind(
                "membership-invoices-paid",
                "Membership invoices paid",
                "Member councils whose membership invoice for the financial year is paid.",
                List.of(),
                sql.formatted("c.status in ('ACTIVE', 'SUSPENDED')"),
                sql.formatted("c.id in (select app_council_lineage(app_current_tenant()))"
                        + " and (c.merged_on is null or c.merged_on > ?)"),
                (query, scope) -> scope == SqlMeasureKind.Scope.REGION
                        ? List.of("membership-" + query.period().yearLabel())
                        : List.of("membership-" + query.period().yearLabel(), query.firstDay()),
                (records, query, scope) -> records.stream().allMatch(r -> NOT_INVOICED.equals(r.detail()))
                        ? new MeasureResult(null, null, null, List.of())
                        : SqlMeasureKind.SHARE.figure(records, query, scope));
    }
}
