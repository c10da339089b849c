package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Where;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A council's request for a Talent Bank service (tenant-owned). Work entered from paper in error and withdrawn is
 * not a request any more: every query of the entity leaves it out ({@code PastTalentBankWork} still lists it).
 */
@MappedEntity("talent_bank_request")
@Where("@.withdrawn_by is null")
record ServiceRequest(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long serviceId,
        String scope,
        LocalDate startOn,
        LocalDate endOn,
        @Nullable Long budgetPence,
        @Nullable String poNumber,
        RequestStatus status,
        String requestedBy,
        Instant requestedAt) {

    ServiceRequest withStatus(RequestStatus next) {
        return new ServiceRequest(
                id, tenantId, serviceId, scope, startOn, endOn, budgetPence, poNumber, next, requestedBy, requestedAt);
    }
}
