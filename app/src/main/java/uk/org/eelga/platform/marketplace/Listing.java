package uk.org.eelga.platform.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A service a council offers on the marketplace: the seller's own view, or an offer seen by another council. */
@Serdeable
public record Listing(
        long id,
        String councilId,
        String councilName,
        String title,
        String description,
        ServiceCategory category,
        String priceBasis,
        String area,
        String contactEmail,
        LocalDate listedOn,
        @Nullable LocalDate withdrawnOn) {}
