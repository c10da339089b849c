package uk.org.eelga.platform.coaching;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Pence shown as pounds; money is kept in pence ({@code long}) everywhere else. */
public final class Money {

    private Money() {}

    public static String pounds(long pence) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(BigDecimal.valueOf(pence, 2));
    }
}
