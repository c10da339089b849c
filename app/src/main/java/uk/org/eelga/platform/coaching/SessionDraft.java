package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What staff type to create or change a session. Price in pence; 0 is free. */
@Serdeable
public record SessionDraft(
        long cohortId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        int capacity,
        long pricePence,
        @Nullable Integer allowancePerCouncil,
        Instant cancellationCutoff) {}
