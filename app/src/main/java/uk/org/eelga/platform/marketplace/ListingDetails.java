package uk.org.eelga.platform.marketplace;

import io.micronaut.core.annotation.Nullable;

/** What a council says about a service it sells; checked by {@link Marketplace}. */
public record ListingDetails(
        @Nullable String title,
        @Nullable String description,
        @Nullable ServiceCategory category,
        @Nullable String priceBasis,
        @Nullable String area,
        @Nullable String contactEmail) {}
