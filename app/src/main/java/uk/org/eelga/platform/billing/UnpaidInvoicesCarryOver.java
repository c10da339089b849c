package uk.org.eelga.platform.billing;

import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.CouncilMergeListener;
import uk.org.eelga.tenancy.merge.CouncilMerged;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, their unpaid invoices stay the documents they are (issued to the predecessor, in Stripe
 * under its customer) and the successor becomes liable: they appear in the successor's invoices to pay.
 */
@Singleton
class UnpaidInvoicesCarryOver implements CouncilMergeListener {

    private static final String UNPAID = "select id from billing_invoice where tenant_id = ?"
            + " and status in ('PENDING', 'DRAFT', 'OPEN', 'PAYMENT_FAILED') order by id";

    private final OpenItemCarrier carrier;

    UnpaidInvoicesCarryOver(OpenItemCarrier carrier) {
        this.carrier = carrier;
    }

    @Override
    public void councilsMerged(CouncilMerged merge) {
        for (TenantId predecessor : merge.predecessors()) {
            carrier.makeLiable(merge, predecessor, CarriedKind.INVOICE, UNPAID);
        }
    }
}
