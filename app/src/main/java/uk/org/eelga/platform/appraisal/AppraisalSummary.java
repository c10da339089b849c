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

    /**
     * The status in words on {@code today}: a scheduled appraisal whose day has gone by without its delivery being
     * recorded says so, so that staff see it needs marking delivered (or moving) and the council is not left
     * reading a date in the past as if it were still to come.
     */
    public String statusLabel(LocalDate today) {
        return isOverdue(today)
                ? statusLabel() + ": that day has passed and the delivery is not yet recorded"
                : statusLabel();
    }

    /** Scheduled for a day before {@code today} and not marked delivered. */
    public boolean isOverdue(LocalDate today) {
        return status == AppraisalStatus.SCHEDULED && scheduledOn != null && scheduledOn.isBefore(today);
    }

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
