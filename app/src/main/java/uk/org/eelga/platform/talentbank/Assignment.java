package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An associate assigned to a request (tenant-owned). */
@MappedEntity("talent_bank_assignment")
record Assignment(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long requestId,
        long associateId,
        BigDecimal plannedDays,
        LocalDate startsOn) {}
