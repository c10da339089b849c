package uk.org.eelga.tenancy.people;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What a council sees of one of its people. */
@Serdeable
public record PersonSummary(
        String displayName, String email, String roles, Instant firstSignedInAt, Instant lastSignedInAt) {}
