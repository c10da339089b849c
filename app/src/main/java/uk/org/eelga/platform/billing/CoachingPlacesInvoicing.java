package uk.org.eelga.platform.billing;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.coaching.CoachingBillables;
import uk.org.eelga.platform.coaching.CoachingBillables.BillablePlace;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Invoices every confirmed paid coaching place not yet invoiced: one invoice per place, to the booking's council,
 * through the same outbox as every other invoice. The booking is the source reference, so running it again (or
 * after a failure halfway) never bills a place twice.
 */
@Singleton
public class CoachingPlacesInvoicing {

    private final CoachingBillables billables;
    private final OnBehalfOfCouncil onBehalf;
    private final TransactionOperations<Connection> transactions;
    private final Invoicing invoicing;
    private final AuditLog audit;
    private final BigDecimal vatRate;

    CoachingPlacesInvoicing(
            CoachingBillables billables,
            OnBehalfOfCouncil onBehalf,
            TransactionOperations<Connection> transactions,
            Invoicing invoicing,
            AuditLog audit,
            @Value("${eelga.talent-bank.vat-rate:20}") BigDecimal vatRate) {
        this.billables = billables;
        this.onBehalf = onBehalf;
        this.transactions = transactions;
        this.invoicing = invoicing;
        this.audit = audit;
        this.vatRate = vatRate;
    }

    /** @return how many places were invoiced now */
    public int invoicePaidPlaces(Caller staff, LocalDate dueOn) {
        staff.requireStaff(() -> new SecurityException("Only association staff invoice coaching places"));
        List<BillablePlace> places = billables.confirmedPaidPlaces(staff);
        int invoiced = 0;
        for (BillablePlace place : places) {
            String source = "coaching-booking-" + place.bookingId();
            boolean created = onBehalf.call(
                    staff,
                    TenantId.of(place.councilId()),
                    () -> transactions.executeWrite(status -> {
                        if (invoicing.alreadyBilled(source)) {
                            return false;
                        }
                        String what = place.cohortName() + ": " + place.sessionTitle() + ", "
                                + UkTime.date(place.startsAt()) + " (" + place.delegateName() + ")";
                        InvoiceSummary invoice = invoicing.bill(
                                staff.email(),
                                new Bill(
                                        InvoiceKind.COACHING,
                                        "Coaching programme place",
                                        null,
                                        dueOn,
                                        source,
                                        List.of(new BillableItem(what, 1, place.pricePence(), vatRate, source))));
                        audit.record(
                                staff,
                                CurrentTenant.require(),
                                "billing.coaching-place-invoiced",
                                null,
                                Money.format(invoice.totalPence()),
                                source);
                        return true;
                    }));
            if (created) {
                invoiced++;
            }
        }
        return invoiced;
    }
}
