package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

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

    /** The share of subscribers who submitted every family, in whole per cent; 0 without subscribers. */
    public long completionPercent() {
        return subscribers == 0 ? 0 : Math.round(completed * 100.0 / subscribers);
    }
}
