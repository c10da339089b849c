package uk.org.eelga.platform.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats a figure in its measure's unit (money is held in pence). */
public final class Figures {

    private Figures() {}

    public static String format(TargetType type, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        switch (type) {
            case PERCENT:
                return value.stripTrailingZeros().toPlainString() + "%";
            case MONEY:
                NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
                return pounds.format(value.divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY));
            case YES_NO:
                return value.signum() != 0 ? "Yes" : "No";
            default:
                return value.stripTrailingZeros().toPlainString();
        }
    }
}
