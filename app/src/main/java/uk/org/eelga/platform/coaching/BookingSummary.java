package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A council's booking with its session, as the council (or staff) sees it. */
@Serdeable
public record BookingSummary(
        long id,
        String councilId,
        long sessionId,
        String sessionTitle,
        String cohortName,
        Instant startsAt,
        Instant cancellationCutoff,
        String delegateName,
        String delegateEmail,
        BookingStatus status,
        @Nullable Long waitlistPosition,
        long pricePence,
        Instant bookedAt,
        @Nullable Boolean attended,
        boolean completed,
        @Nullable String entered) {

    /** The status in words, with the waitlist position: "Waitlisted (2nd in line)". */
    public String statusLabel() {
        if (status == BookingStatus.WAITLISTED && waitlistPosition != null) {
            return "Waitlisted (number " + waitlistPosition + " in line)";
        }
        return status.label();
    }

    /** Whether a cancellation would be accepted at {@code now}: not cancelled yet and not past the cut-off. */
    public boolean cancellableAt(Instant now) {
        return status != BookingStatus.CANCELLED && !now.isAfter(cancellationCutoff);
    }

    public String attendanceLabel() {
        if (attended == null) {
            return "Not recorded";
        }
        return attended ? (completed ? "Attended, completed" : "Attended") : "Did not attend";
    }
}
