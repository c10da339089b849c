package uk.org.eelga.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as the association's framework documents write them, on every page alike: whole per cent, half up
 * ("26 of 30" is "87%"). The parts are always shown beside a share, so nothing of the figure is lost; a share of
 * nothing has no percentage at all (never "0%").
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** The share in whole per cent, half up; null when there is no share (null in, or a whole of zero). */
    public static BigDecimal whole(BigDecimal percent) {
        return percent == null ? null : percent.setScale(0, RoundingMode.HALF_UP);
    }

    /** {@code part} of {@code whole} in whole per cent; null when the whole is zero. */
    public static BigDecimal of(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }

    /** "87%"; empty for no share. */
    public static String format(BigDecimal percent) {
        return percent == null ? "" : whole(percent).toPlainString() + "%";
    }

    /** "87%" for 26 of 30; empty when the whole is zero. */
    public static String format(long part, long whole) {
        return format(of(part, whole));
    }
}
