package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** One named delegate of a council on a session (tenant-owned). The price is fixed when the place is booked. */
@MappedEntity("coaching_booking")
record CoachingBooking(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        Long sessionId,
        String delegateName,
        String delegateEmail,
        BookingStatus status,
        long pricePence,
        String bookedBySubject,
        String bookedByEmail,
        Instant bookedAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant cancelledAt,
        @Nullable Boolean attended,
        boolean completed,
        @Nullable String enteredBy,
        @Nullable String enteredFrom,
        @Nullable java.time.LocalDate enteredOn) {

    CoachingBooking withAttendance(@Nullable Boolean attended, boolean completed) {
        return new CoachingBooking(
                id,
                tenantId,
                sessionId,
                delegateName,
                delegateEmail,
                status,
                pricePence,
                bookedBySubject,
                bookedByEmail,
                bookedAt,
                confirmedAt,
                cancelledAt,
                attended,
                completed,
                enteredBy,
                enteredFrom,
                enteredOn);
    }
}
