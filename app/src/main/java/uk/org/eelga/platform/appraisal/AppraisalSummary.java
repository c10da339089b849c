package uk.org.eelga.platform.appraisal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import uk.org.eelga.shared.UkTime;

@Serdeable
public record AppraisalSummary(
        long id,
        String councilId,
        String requestedByName,
        String requestedByEmail,
        Instant requestedAt,
        String preferredDates,
        String notes,
        AppraisalStatus status,
        @Nullable String adviser,
        @Nullable LocalDate scheduledOn,
        @Nullable LocalDate deliveredOn,
        @Nullable String declineReason,
        @Nullable String entered) {

    /** The status in words, with what follows from it: "Scheduled for 3 March 2026 with Martin Hill". */
    public String statusLabel() {
        switch (status) {
            case SCHEDULED:
                return "Scheduled for " + UkTime.date(scheduledOn) + " with " + adviser;
            case DELIVERED:
                return "Delivered on " + UkTime.date(deliveredOn);
            case DECLINED:
                return "Declined: " + declineReason;
            default:
                return "Requested, awaiting the association";
        }
    }
}
