package uk.org.eelga.platform.billing;

import java.math.BigDecimal;
import java.util.Objects;
import uk.org.eelga.shared.Money;

/**
 * One thing to bill a council for: a Talent Bank delivery, a paid coaching place, a year's membership.
 *
 * @param sourceRef the business record it comes from (e.g. {@code talent-bank-delivery-42}), for tracing
 */
public record BillableItem(
        String description, long quantity, long unitAmountPence, BigDecimal vatRate, String sourceRef) {

    public BillableItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(vatRate, "VAT rate");
        Objects.requireNonNull(sourceRef, "source reference");
        if (description.isBlank()) {
            throw new InvalidAmount("Each item needs a description");
        }
        if (quantity <= 0) {
            throw new InvalidAmount("Quantity must be at least 1 (was " + quantity + ")");
        }
        InvalidAmount.requireNotNegative("Unit amount", unitAmountPence);
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidAmount("VAT rate must be between 0 and 100 per cent (was " + vatRate + ")");
        }
    }

    public long netPence() {
        return Math.multiplyExact(quantity, unitAmountPence);
    }

    public long vatPence() {
        return Money.percentOf(netPence(), vatRate);
    }
}
