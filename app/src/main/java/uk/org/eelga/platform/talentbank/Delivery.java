package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Days an associate delivered on a request, with what they are charged at and cost (tenant-owned). */
@MappedEntity("talent_bank_delivery")
record Delivery(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long requestId,
        long associateId,
        LocalDate deliveredOn,
        BigDecimal days,
        long chargePence,
        long costPence,
        @Nullable String invoiceSourceRef) {

    Delivery invoiced(long charge, String sourceRef) {
        return new Delivery(id, tenantId, requestId, associateId, deliveredOn, days, charge, costPence, sourceRef);
    }
}
