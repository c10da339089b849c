package uk.org.eelga.platform.engagement;

import io.micronaut.serde.annotation.Serdeable;

/** One of the association's groups and who it expects. */
@Serdeable
public record GroupInfo(
        long id,
        String code,
        String name,
        String description,
        Audience audience,
        ExpectedRole expectedRole,
        int seatsPerCouncil,
        int meetingsPerYear) {}
