package uk.org.eelga.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One audit log entry as staff and council admins see it; {@code councilName} is null where it is not known. */
@Serdeable
public record AuditEntry(
        long id,
        Instant at,
        String actorEmail,
        @Nullable String council,
        String action,
        @Nullable String before,
        @Nullable String after,
        @Nullable String reason,
        @Nullable String councilName,
        @Nullable String actorName) {}
