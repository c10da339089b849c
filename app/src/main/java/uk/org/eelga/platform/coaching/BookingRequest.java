package uk.org.eelga.platform.coaching;

import io.micronaut.serde.annotation.Serdeable;

/** A council's request for a place for one named delegate. */
@Serdeable
public record BookingRequest(long sessionId, String delegateName, String delegateEmail) {}
