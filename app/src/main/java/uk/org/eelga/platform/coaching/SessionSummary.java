package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import uk.org.eelga.shared.Money;

/** A session as councils and staff see it: places left is capacity minus confirmed places of all councils. */
@Serdeable
public record SessionSummary(
        long id,
        long cohortId,
        String cohortName,
        Programme programme,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        int capacity,
        int confirmed,
        long pricePence,
        @Nullable Integer allowancePerCouncil,
        Instant cancellationCutoff) {

    public int placesLeft() {
        return Math.max(0, capacity - confirmed);
    }

    public boolean isFree() {
        return pricePence == 0;
    }

    /** "Free" or "£1,850.00 a place". */
    public String priceLabel() {
        return isFree() ? "Free" : Money.pounds(pricePence) + " a place";
    }
}
