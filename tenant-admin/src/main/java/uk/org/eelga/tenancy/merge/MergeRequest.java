package uk.org.eelga.tenancy.merge;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;

/** Merge these councils into the successor from this date. */
@Serdeable
public record MergeRequest(
        @Size(max = MergeRequest.PREDECESSORS_MAX) List<@FreeText(max = 60) String> predecessors,
        @FreeText(max = 60) String successor,
        @PlausibleDate LocalDate mergedOn) {

    /** More councils than the region has cannot merge at once. */
    public static final int PREDECESSORS_MAX = 60;
}
