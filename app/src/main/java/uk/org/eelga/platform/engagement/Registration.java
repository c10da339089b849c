package uk.org.eelga.platform.engagement;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A delegate the caller's council registered for an event. */
@Serdeable
public record Registration(
        long id, long eventId, String eventTitle, Instant eventStartsAt, String delegateName, String delegateEmail) {}
