package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a council asks for.
 *
 * @param budget in pounds as typed ("12,500" or "12500.00"), optional
 */
@Serdeable
public record NewRequest(
        long serviceId,
        String scope,
        LocalDate startOn,
        LocalDate endOn,
        @Nullable String budget,
        @Nullable String poNumber) {}
