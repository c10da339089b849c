package uk.org.eelga.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A contract in the regional register: only what its council shares. The value and the contact are null unless the
 * council agreed to share them.
 */
@Serdeable
public record RegisterEntry(
        long id,
        String councilId,
        String councilName,
        String title,
        String supplier,
        ContractCategory category,
        @Nullable Long valuePence,
        LocalDate startOn,
        LocalDate endOn,
        @Nullable String extensionOptions,
        @Nullable String contactName,
        @Nullable String contactEmail) {}
