package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A request with its latest quote (if any). Amounts in pence. */
@Serdeable
public record RequestSummary(
        long id,
        String councilId,
        String serviceName,
        String areaName,
        String scope,
        LocalDate startOn,
        LocalDate endOn,
        @Nullable Long budgetPence,
        @Nullable String poNumber,
        RequestStatus status,
        String statusLabel,
        @Nullable QuoteSummary quote) {}
