package uk.org.eelga.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a council says about one contract (value in pence), and what of it the regional register may show: the
 * contract at all ({@code inRegister}), its value ({@code shareValue}, off unless the council agrees) and its contact.
 */
@Serdeable
public record ContractDetails(
        @Nullable String title,
        @Nullable String supplier,
        @Nullable ContractCategory category,
        @Nullable Long valuePence,
        @Nullable LocalDate startOn,
        @Nullable LocalDate endOn,
        @Nullable String extensionOptions,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable Boolean inRegister,
        @Nullable Boolean shareValue,
        @Nullable Boolean shareContact) {}
