package uk.org.eelga.platform.coaching;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.MovesOpenItems;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, their confirmed and waitlisted places on sessions still to come become the successor's (a
 * waitlisted place keeps its position in line); places on past sessions and cancelled ones stay history.
 */
@Singleton
class CoachingBookingsCarryOver extends MovesOpenItems {

    private static final String OPEN = "select b.id from coaching_booking b"
            + " join coaching_session s on s.id = b.session_id"
            + " where b.tenant_id = ? and b.status in ('CONFIRMED', 'WAITLISTED') and s.starts_at > now()"
            + " order by b.id";
    private static final List<String> MOVE = List.of(
            "update coaching_booking set tenant_id = ? where id = any(?)",
            "update coaching_waitlist set tenant_id = ? where booking_id = any(?)");

    CoachingBookingsCarryOver(OpenItemCarrier carrier) {
        super(carrier, CarriedKind.COACHING_BOOKING, OPEN, MOVE);
    }
}
