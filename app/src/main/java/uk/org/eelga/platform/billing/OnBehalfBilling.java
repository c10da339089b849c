package uk.org.eelga.platform.billing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Association staff billing one council for one source, once: bound to that council, in its own transaction, the
 * bill is written (with its outbox entry) and audited unless an invoice for the same source reference exists
 * already. Invoicing runs (membership, paid coaching places) call it once per council or per place, so a run
 * repeated, or resumed after a failure halfway, never bills anything twice.
 */
@Singleton
public class OnBehalfBilling {

    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final Invoicing invoicing;
    private final AuditLog audit;

    OnBehalfBilling(
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            Invoicing invoicing,
            AuditLog audit) {
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.invoicing = invoicing;
        this.audit = audit;
    }

    /**
     * @param auditAction the audit event's action, e.g. {@code billing.membership-invoiced}
     * @param auditReason what the audit event says the invoice was for (its "why")
     * @return whether an invoice was created now (false: the source was billed before)
     */
    public boolean billOnce(Caller staff, TenantId council, Bill bill, String auditAction, String auditReason) {
        return onBehalf.call(
                staff,
                council,
                () -> transactions.executeWrite(status -> {
                    if (invoicing.alreadyBilled(bill.sourceRef())) {
                        return false;
                    }
                    InvoiceSummary invoice = invoicing.bill(staff.email(), bill);
                    audit.record(
                            staff,
                            CurrentTenant.require(),
                            auditAction,
                            null,
                            Money.format(invoice.totalPence()),
                            auditReason);
                    return true;
                }));
    }
}
