package uk.org.eelga.platform.appraisal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Where;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A council's request for appraisal support (tenant-owned). Support entered from paper in error and withdrawn is not
 * a request any more: every query of the entity leaves it out ({@link PastAppraisals} still lists it).
 */
@MappedEntity("appraisal_request")
@Where("@.withdrawn_by is null")
record AppraisalRequest(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        String requestedBySubject,
        String requestedByName,
        String requestedByEmail,
        Instant requestedAt,
        String preferredDates,
        String notes,
        AppraisalStatus status,
        @Nullable String adviser,
        @Nullable LocalDate scheduledOn,
        @Nullable LocalDate deliveredOn,
        @Nullable String declineReason,
        @Nullable String decidedByEmail,
        @Nullable String enteredBy,
        @Nullable String enteredFrom,
        @Nullable LocalDate enteredOn) {

    AppraisalRequest scheduled(String adviser, LocalDate on, String by) {
        return decided(AppraisalStatus.SCHEDULED, adviser, on, null, null, by);
    }

    AppraisalRequest delivered(LocalDate on, String by) {
        return decided(AppraisalStatus.DELIVERED, adviser, scheduledOn, on, null, by);
    }

    AppraisalRequest declined(String reason, String by) {
        return decided(AppraisalStatus.DECLINED, adviser, scheduledOn, null, reason, by);
    }

    /** The same request after a decision by staff: what was asked stays, the decision's fields are as given. */
    private AppraisalRequest decided(
            AppraisalStatus next,
            @Nullable String nextAdviser,
            @Nullable LocalDate nextScheduledOn,
            @Nullable LocalDate nextDeliveredOn,
            @Nullable String nextDeclineReason,
            String by) {
        return new AppraisalRequest(
                id,
                tenantId,
                requestedBySubject,
                requestedByName,
                requestedByEmail,
                requestedAt,
                preferredDates,
                notes,
                next,
                nextAdviser,
                nextScheduledOn,
                nextDeliveredOn,
                nextDeclineReason,
                by,
                enteredBy,
                enteredFrom,
                enteredOn);
    }

    AppraisalSummary summary() {
        return new AppraisalSummary(
                id,
                tenantId,
                requestedByName,
                requestedByEmail,
                requestedAt,
                preferredDates,
                notes,
                status,
                adviser,
                scheduledOn,
                deliveredOn,
                declineReason,
                uk.org.eelga.shared.EnteredFrom.label(enteredBy, enteredFrom, enteredOn));
    }
}
