package uk.org.eelga.platform.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Pounds as people type them, pence as we store them. Never a double. */
public final class Money {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /**
     * Reads an amount in pounds ("1250", "1,250.50", "£1250") as pence.
     *
     * @param field what the amount is, for the message ("Budget")
     * @throws InvalidAmount if it is not a number, negative, or has fractions of a penny
     */
    public static long parsePounds(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAmount(field + " is missing: enter an amount in pounds, like 1250 or 1250.50");
        }
        String cleaned = text.trim().replace("£", "").replace(",", "").trim();
        BigDecimal pounds;
        try {
            pounds = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidAmount(field + " must be an amount in pounds, like 1250 or 1250.50"
                    + (cleaned.length() <= 30 && !cleaned.chars().anyMatch(Character::isISOControl)
                            ? " (not \"" + text.trim() + "\")"
                            : ""));
        }
        if (pounds.signum() < 0) {
            throw new InvalidAmount(field + " cannot be negative");
        }
        if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
            throw new InvalidAmount(field + " cannot have fractions of a penny");
        }
        try {
            return pounds.multiply(HUNDRED).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidAmount(field + " is too large");
        }
    }

    /** Refuses a negative amount in pence with a message naming the field. */
    public static long requireNotNegative(String field, long pence) {
        if (pence < 0) {
            throw new InvalidAmount(field + " cannot be negative");
        }
        return pence;
    }

    /** {@code pence} × {@code rate}% rounded half-up to the penny. */
    public static long percentOf(long pence, BigDecimal rate) {
        return BigDecimal.valueOf(pence)
                .multiply(rate)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    public static String format(long pence) {
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        return pounds.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }
}
