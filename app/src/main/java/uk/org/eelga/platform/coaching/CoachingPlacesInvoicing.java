package uk.org.eelga.platform.coaching;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.platform.billing.Bill;
import uk.org.eelga.platform.billing.BillableItem;
import uk.org.eelga.platform.billing.InvoiceKind;
import uk.org.eelga.platform.billing.OnBehalfBilling;
import uk.org.eelga.platform.coaching.CoachingBillables.BillablePlace;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;

/**
 * Invoices every confirmed paid coaching place not yet invoiced: one invoice per place, to the booking's council,
 * through billing's outbox like every other invoice (coaching uses billing; billing knows nothing of coaching). The
 * booking is the source reference, so running it again (or after a failure halfway) never bills a place twice.
 */
@Singleton
public class CoachingPlacesInvoicing {

    private final CoachingBillables billables;
    private final OnBehalfBilling billing;
    private final BigDecimal vatRate;

    CoachingPlacesInvoicing(
            CoachingBillables billables,
            OnBehalfBilling billing,
            @Value("${eelga.talent-bank.vat-rate:20}") BigDecimal vatRate) {
        this.billables = billables;
        this.billing = billing;
        this.vatRate = vatRate;
    }

    /** @return how many places were invoiced now */
    public int invoicePaidPlaces(Caller staff, LocalDate dueOn) {
        staff.requireStaff(() -> new SecurityException("Only association staff invoice coaching places"));
        int invoiced = 0;
        for (BillablePlace place : billables.confirmedPaidPlaces(staff)) {
            String source = "coaching-booking-" + place.bookingId();
            String what = place.cohortName() + ": " + place.sessionTitle() + ", " + UkTime.date(place.startsAt()) + " ("
                    + place.delegateName() + ")";
            Bill bill = new Bill(
                    InvoiceKind.COACHING,
                    "Coaching programme place",
                    null,
                    dueOn,
                    source,
                    List.of(new BillableItem(what, 1, place.pricePence(), vatRate, source)));
            if (billing.billOnce(
                    staff, TenantId.of(place.councilId()), bill, "billing.coaching-place-invoiced", source)) {
                invoiced++;
            }
        }
        return invoiced;
    }
}
