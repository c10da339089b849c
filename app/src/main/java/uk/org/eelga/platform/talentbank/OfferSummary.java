package uk.org.eelga.platform.talentbank;

import io.micronaut.serde.annotation.Serdeable;

/** A catalogue service as councils see it; the indicative day rate in pence. */
@Serdeable
public record OfferSummary(
        long id, String areaId, String areaName, String name, String description, long indicativeDayRatePence) {}
