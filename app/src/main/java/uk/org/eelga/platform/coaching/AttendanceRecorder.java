package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * Writes attendance on a council's booking; runs bound to that council (see CoachingAdministration). The booking is
 * locked first; recording what is already recorded changes nothing and writes no audit entry.
 */
@Singleton
class AttendanceRecorder {

    private final BookingRepository bookings;
    private final AuditLog audit;

    AttendanceRecorder(BookingRepository bookings, AuditLog audit) {
        this.bookings = bookings;
        this.audit = audit;
    }

    @Transactional
    CoachingBooking record(Caller staff, long bookingId, @Nullable Boolean attended, boolean completed) {
        CoachingBooking booking =
                bookings.lockById(bookingId).orElseThrow(() -> new CoachingNotFound("No such booking"));
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new BookingRefused(
                    "attendance-not-confirmed",
                    "Attendance is recorded for confirmed places only; this one is "
                            + booking.status().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        if (completed && !Boolean.TRUE.equals(attended)) {
            throw new BookingRefused("completion-without-attendance", "A delegate who did not attend cannot complete.");
        }
        if (java.util.Objects.equals(booking.attended(), attended) && booking.completed() == completed) {
            return booking; // recorded twice (a retry, two staff at once): already so, nothing to record
        }
        CoachingBooking changed = bookings.update(booking.withAttendance(attended, completed));
        audit.record(
                staff,
                CurrentTenant.require(),
                "coaching.attendance",
                "booking " + bookingId + ": attended=" + booking.attended() + ", completed=" + booking.completed(),
                "booking " + bookingId + ": attended=" + attended + ", completed=" + completed,
                null);
        return changed;
    }
}
