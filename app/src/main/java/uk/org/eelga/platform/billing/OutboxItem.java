package uk.org.eelga.platform.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** An invoice still to be sent to Stripe, written in the same transaction as the invoice (tenant-owned). */
@MappedEntity("billing_outbox")
record OutboxItem(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long invoiceId,
        String idempotencyKey,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        @Nullable Instant sentAt,
        Instant createdAt) {

    OutboxItem failed(String error, Instant retryAt) {
        return new OutboxItem(id, tenantId, invoiceId, idempotencyKey, attempts + 1, retryAt, error, null, createdAt);
    }

    OutboxItem sent(Instant at) {
        return new OutboxItem(
                id, tenantId, invoiceId, idempotencyKey, attempts + 1, nextAttemptAt, null, at, createdAt);
    }
}
