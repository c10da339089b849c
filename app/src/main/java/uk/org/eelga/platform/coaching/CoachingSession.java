package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import uk.org.eelga.tenancy.SharedReferenceData;

/** A dated session; {@code confirmedCount} counts confirmed places across all councils (see PlaceLedger). */
@MappedEntity("coaching_session")
@SharedReferenceData("dates, places and prices of the association's sessions are the same for every council")
record CoachingSession(
        @Id @GeneratedValue @Nullable Long id,
        Long cohortId,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        int capacity,
        long pricePence,
        @Nullable Integer allowancePerCouncil,
        Instant cancellationCutoff,
        int confirmedCount) {}
