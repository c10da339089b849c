package uk.org.eelga.platform.engagement;

import io.micronaut.serde.annotation.Serdeable;

/** One council's line of the regional engagement table (its own records only, for staff). */
@Serdeable
public record CouncilEngagementRow(
        String councilId,
        String councilName,
        String kind,
        String countyArea,
        Fraction meetings,
        long eventsAttended,
        long delegatesRegistered) {}
