package uk.org.eelga.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One of a council's contracts as the council sees it (value in pence), with what it shares in the register. */
@Serdeable
public record Contract(
        long id,
        String councilId,
        String title,
        String supplier,
        ContractCategory category,
        long valuePence,
        LocalDate startOn,
        LocalDate endOn,
        @Nullable String extensionOptions,
        String contactName,
        String contactEmail,
        boolean inRegister,
        boolean shareValue,
        boolean shareContact,
        Instant updatedAt) {

    /** "Ends in 45 days", "Ended 3 days ago", "Ends today". */
    public String reminder(LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, endOn);
        if (days == 0) {
            return "Ends today";
        }
        return days > 0
                ? "Ends in " + days + (days == 1 ? " day" : " days")
                : "Ended " + -days + (days == -1 ? " day ago" : " days ago");
    }
}
