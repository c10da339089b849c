package uk.org.eelga.platform.framework;

import java.math.BigDecimal;
import uk.org.eelga.shared.Money;
import uk.org.eelga.shared.Percent;

/** Formats a figure in its measure's unit (money is held in pence). */
public final class Figures {

    private Figures() {}

    public static String format(TargetType type, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        switch (type) {
            case PERCENT:
                return Percent.format(value);
            case MONEY:
                return Money.format(value.longValueExact());
            case YES_NO:
                return value.signum() != 0 ? "Yes" : "No";
            default:
                return value.stripTrailingZeros().toPlainString();
        }
    }
}
