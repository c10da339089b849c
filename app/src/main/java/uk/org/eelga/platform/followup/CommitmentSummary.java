package uk.org.eelga.platform.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import uk.org.eelga.shared.UkTime;

/** A commitment as both sides see it. */
@Serdeable
public record CommitmentSummary(
        long id,
        String councilId,
        CommitmentKind kind,
        String what,
        LocalDate aroseOn,
        LocalDate dueOn,
        @Nullable LocalDate doneOn,
        @Nullable String doneNote) {

    /** "Done 3 March 2026, on time", "Due 12 March 2026", "Overdue since 12 March 2026". */
    public String state(LocalDate today) {
        if (doneOn != null) {
            return "Done " + UkTime.date(doneOn) + (doneOn.isAfter(dueOn) ? ", late" : ", on time");
        }
        return today.isAfter(dueOn) ? "Overdue since " + UkTime.date(dueOn) : "Due " + UkTime.date(dueOn);
    }
}
