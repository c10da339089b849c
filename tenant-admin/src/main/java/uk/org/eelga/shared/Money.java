package uk.org.eelga.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/** Money as the platform keeps it: whole pence in a {@code long}, never a double; shown in pounds ("£1,234.50"). */
public final class Money {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Copied for each use (a NumberFormat is not thread-safe): a copy costs far less than asking the locale's
     * providers again, which grids did for every amount of every row (issue 13).
     */
    private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(UkTime.LOCALE);

    private static final NumberFormat WHOLE_POUNDS = wholePounds();

    private Money() {}

    private static NumberFormat wholePounds() {
        NumberFormat whole = NumberFormat.getCurrencyInstance(UkTime.LOCALE);
        whole.setMaximumFractionDigits(0);
        whole.setMinimumFractionDigits(0);
        return whole;
    }

    /** "£1,234.50" (and "-£12.00"). */
    public static String format(long pence) {
        return ((NumberFormat) POUNDS.clone()).format(BigDecimal.valueOf(pence, 2));
    }

    /**
     * An amount in words, as GOV.UK writes money: "£38,234" for whole pounds, "£1,234.50" where there are pence.
     * For salaries, prices, rates and values; amounts in a statement of money owed (invoices, fees, payments) keep
     * their pence with {@link #format}.
     */
    public static String pounds(long pence) {
        return pence % 100 == 0 ? ((NumberFormat) WHOLE_POUNDS.clone()).format(pence / 100) : format(pence);
    }

    /** {@code pence} × {@code rate}% rounded half-up to the penny. */
    public static long percentOf(long pence, BigDecimal rate) {
        return BigDecimal.valueOf(pence)
                .multiply(rate)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * Reads an amount in pounds as people type it ("1250", "1,250.50", "£1250") as pence.
     *
     * @param field what the amount is, for the message ("Budget")
     * @throws IllegalArgumentException with a sentence for the person who typed it, if it is missing, not a number,
     *     negative, too large or has fractions of a penny (a feature turns it into its own refusal)
     */
    public static long parsePounds(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is missing: enter an amount in pounds, like 1250 or 1250.50");
        }
        String cleaned = text.trim().replace("£", "").replace(",", "").trim();
        BigDecimal pounds;
        try {
            pounds = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be an amount in pounds, like 1250 or 1250.50"
                    + (cleaned.length() <= 30 && cleaned.chars().noneMatch(Character::isISOControl)
                            ? " (not \"" + text.trim() + "\")"
                            : ""));
        }
        if (pounds.signum() < 0) {
            throw new IllegalArgumentException(field + " cannot be negative");
        }
        if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " cannot have fractions of a penny");
        }
        try {
            return pounds.multiply(HUNDRED).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " is too large");
        }
    }
}
