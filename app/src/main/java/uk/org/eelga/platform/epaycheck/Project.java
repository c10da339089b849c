package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.shared.Percent;

/**
 * A priority data project: subscribers of {@code yearLabel} asked to submit the named job families between the
 * two dates. {@code completed} of {@code subscribers} did so for every family.
 */
@Serdeable
public record Project(
        long id,
        String name,
        String yearLabel,
        List<JobFamily> families,
        LocalDate opensOn,
        LocalDate closesOn,
        long subscribers,
        long completed) {

    /**
     * "1 of 2 (50%)": how many subscribers submitted every family, and the share in whole per cent; a year without
     * subscribers has no figure yet (never "0%").
     */
    public String completion() {
        return subscribers == 0
                ? "No figure yet: no subscribers"
                : completed + " of " + subscribers + " (" + Percent.format(completed, subscribers) + ")";
    }
}
