package uk.org.eelga.platform.coaching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * What staff type to create or change a session. Price in pence, always given: 0 is free, and a missing price is
 * refused rather than taken as free. The limits are checked again by {@link CoachingCatalogue}.
 */
@Serdeable
public record SessionDraft(
        long cohortId,
        @FreeText(max = Text.NAME) String title,
        @PlausibleDate Instant startsAt,
        @PlausibleDate Instant endsAt,
        @FreeText(max = Text.NAME) String venue,
        int capacity,
        @Nullable Long pricePence,
        @Nullable Integer allowancePerCouncil,
        @PlausibleDate Instant cancellationCutoff) {

    /** The most places a session can have. */
    public static final int MAX_CAPACITY = 10_000;
    /** The highest price of a place: £100,000. */
    public static final long MAX_PRICE_PENCE = 10_000_000L;
}
