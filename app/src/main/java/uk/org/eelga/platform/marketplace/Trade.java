package uk.org.eelga.platform.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enquiry and the trade it became, seen by the buying council ({@code otherCouncil} is the seller) or by the
 * selling council ({@code otherCouncil} is the buyer). Value in pence.
 */
@Serdeable
public record Trade(
        long id,
        long listingId,
        String listingTitle,
        String otherCouncilId,
        String otherCouncilName,
        String message,
        Instant enquiredAt,
        TradeStatus status,
        @Nullable LocalDate agreedOn,
        @Nullable Long valuePence,
        @Nullable String terms,
        String madeBy) {}
