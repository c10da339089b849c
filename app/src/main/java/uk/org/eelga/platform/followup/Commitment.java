package uk.org.eelga.platform.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/** A commitment to one council (tenant-owned). */
@MappedEntity("follow_up_commitment")
record Commitment(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        CommitmentKind kind,
        String what,
        LocalDate aroseOn,
        LocalDate dueOn,
        @Nullable LocalDate doneOn,
        @Nullable String doneNote,
        String recordedBy,
        Instant recordedAt) {

    Commitment done(LocalDate on, String note) {
        return new Commitment(id, tenantId, kind, what, aroseOn, dueOn, on, note, recordedBy, recordedAt);
    }

    CommitmentSummary summary() {
        return new CommitmentSummary(id, tenantId, kind, what, aroseOn, dueOn, doneOn, doneNote);
    }
}
