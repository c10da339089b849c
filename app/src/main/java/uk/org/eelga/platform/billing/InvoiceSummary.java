package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** An invoice as councils and staff see it. Amounts in pence. */
@Serdeable
public record InvoiceSummary(
        long id,
        String councilId,
        String kind,
        String description,
        @Nullable String poNumber,
        long netPence,
        long vatPence,
        long totalPence,
        LocalDate dueOn,
        InvoiceStatus status,
        String statusLabel,
        boolean overdue,
        @Nullable String hostedUrl,
        @Nullable String stripeInvoiceId) {}
