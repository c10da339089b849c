package uk.org.eelga.tenancy.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What pages and the API show of a council. */
@Serdeable
public record CouncilSummary(
        String id,
        String name,
        CouncilKind kind,
        String countyArea,
        CouncilStatus status,
        @Nullable String reorganisationNote) {}
