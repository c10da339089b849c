package uk.org.eelga.platform.helpline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** One message of a query's thread (tenant-owned, never changed once written). */
@MappedEntity("helpline_message")
record HelplineMessage(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        long queryId,
        MessageKind.Side side,
        MessageKind kind,
        String authorName,
        String authorEmail,
        String body,
        Instant writtenAt) {

    ThreadMessage view() {
        return new ThreadMessage(id, side, kind, authorName, body, writtenAt);
    }
}
