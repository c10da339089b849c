package uk.org.eelga.platform.helpline;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One message as both sides see it. */
@Serdeable
public record ThreadMessage(
        long id, MessageKind.Side side, MessageKind kind, String authorName, String body, Instant writtenAt) {}
