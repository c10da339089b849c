package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Where the sending of one communication stands. {@code queuedNow} is true only for the request that asked for it
 * first; a repeated request (a retry, a second click) changes nothing and says so.
 */
@Serdeable
public record SendState(
        long id,
        boolean queuedNow,
        int councils,
        @Nullable Instant requestedAt,
        @Nullable Instant deliveredAt,
        String sentence) {}
