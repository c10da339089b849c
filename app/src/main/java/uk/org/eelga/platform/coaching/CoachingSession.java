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
        int confirmedCount) {

    /** The session as its draft says, trimmed, keeping {@code id} and the places already confirmed. */
    static CoachingSession of(@Nullable Long id, SessionDraft draft, int confirmedCount) {
        return new CoachingSession(
                id,
                draft.cohortId(),
                draft.title().trim(),
                draft.startsAt(),
                draft.endsAt(),
                draft.venue().trim(),
                draft.capacity(),
                draft.pricePence(),
                draft.allowancePerCouncil(),
                draft.cancellationCutoff(),
                confirmedCount);
    }
}
