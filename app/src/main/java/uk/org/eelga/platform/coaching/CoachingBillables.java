package uk.org.eelga.platform.coaching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/**
 * For invoicing paid places ({@link CoachingPlacesInvoicing}): paid coaching places to invoice. A place is billable when its booking is CONFIRMED and its price
 * (fixed in pence when it was booked) is above zero; waitlisted and cancelled bookings are never billable. Billing
 * keeps its own record of what it has invoiced (by booking id); this service does not.
 */
@Singleton
public class CoachingBillables {

    private final AssociationWideRead wideRead;

    CoachingBillables(AssociationWideRead wideRead) {
        this.wideRead = wideRead;
    }

    /** Every council's billable places booked on the platform, oldest session first (association staff, audited). */
    public List<BillablePlace> confirmedPaidPlaces(Caller staff) {
        return wideRead.rows(
                staff,
                "billable coaching places",
                "select b.id, b.tenant_id, s.id, s.title, c.name, s.starts_at, b.delegate_name, b.price_pence"
                        + " from coaching_booking b join coaching_session s on s.id = b.session_id"
                        + " join coaching_cohort c on c.id = s.cohort_id"
                        // a delegate entered from a paper register (PastDelegates) had the place billed before the
                        // platform: invoicing it now would bill the council twice
                        + " where b.status = 'CONFIRMED' and b.price_pence > 0 and b.entered_by is null"
                        + " order by s.starts_at, b.id",
                rows -> new BillablePlace(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getLong(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getTimestamp(6).toInstant(),
                        rows.getString(7),
                        rows.getLong(8)));
    }

    @Serdeable
    public record BillablePlace(
            long bookingId,
            String councilId,
            long sessionId,
            String sessionTitle,
            String cohortName,
            Instant startsAt,
            String delegateName,
            long pricePence) {}
}
