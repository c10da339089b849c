package uk.org.eelga.platform.talentbank;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import uk.org.eelga.platform.billing.InvalidAmount;

/** Staff's terms: days at a day rate (pence), or a fixed price (pence); valid until {@code expiresOn}. */
public record QuoteTerms(
        Pricing pricing,
        @Nullable BigDecimal days,
        @Nullable Long dayRatePence,
        @Nullable Long fixedPence,
        LocalDate expiresOn) {

    public QuoteTerms {
        if (pricing == null) {
            throw new InvalidAmount("Choose day rate or fixed price");
        }
        if (expiresOn == null) {
            throw new InvalidAmount("A quote needs an expiry date");
        }
        if (pricing == Pricing.DAY_RATE) {
            if (days == null || days.signum() <= 0) {
                throw new InvalidAmount("Days must be more than 0");
            }
            if (days.stripTrailingZeros().scale() > 1) {
                throw new InvalidAmount("Days are counted in tenths at most (e.g. 2.5)");
            }
            if (dayRatePence == null) {
                throw new InvalidAmount("A day-rate quote needs a day rate");
            }
            InvalidAmount.requireNotNegative("Day rate", dayRatePence);
        } else {
            if (fixedPence == null) {
                throw new InvalidAmount("A fixed-price quote needs a price");
            }
            InvalidAmount.requireNotNegative("Fixed price", fixedPence);
        }
    }

    long amountPence() {
        return pricing == Pricing.FIXED
                ? fixedPence
                : days.multiply(BigDecimal.valueOf(dayRatePence))
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
    }
}
