package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** One status change of a request: from, to, who, when (tenant-owned, append-only). */
@MappedEntity("talent_bank_history")
record HistoryEntry(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long requestId,
        @Nullable RequestStatus fromStatus,
        RequestStatus toStatus,
        String actorEmail,
        Instant at,
        @Nullable String note) {}
