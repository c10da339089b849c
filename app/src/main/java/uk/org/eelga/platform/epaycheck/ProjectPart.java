package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A priority data project as a council sees it: the project (its region-wide completion is not shown to councils),
 * the job families the council has not yet submitted in its window, and whether the council is asked to take part
 * (it subscribes in the project's year).
 */
@Serdeable
public record ProjectPart(Project project, List<JobFamily> missing, boolean asked) {

    public boolean complete() {
        return asked && missing.isEmpty();
    }
}
