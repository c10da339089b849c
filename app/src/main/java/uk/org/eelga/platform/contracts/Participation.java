package uk.org.eelga.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A member council's part in the register: its contracts and when it last changed or confirmed its register. */
@Serdeable
public record Participation(
        String councilId, String councilName, long contracts, @Nullable Instant lastUpdated, boolean upToDate) {}
