package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One subscriber's part in a priority data project: the named job families it has not yet submitted. */
@Serdeable
public record ProjectProgress(String councilId, String councilName, List<JobFamily> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }
}
