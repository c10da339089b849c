package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.math.BigDecimal;

/** One line of a council's invoice (tenant-owned). */
@MappedEntity("billing_invoice_line")
record InvoiceLine(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long invoiceId,
        int lineNo,
        String description,
        long quantity,
        long unitAmountPence,
        BigDecimal vatRate,
        long netPence,
        long vatPence,
        String sourceRef) {}
