package uk.org.eelga.platform.engagement;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A figure with what it is made of, e.g. "71 of 102 (70%)": the parts are kept so the figure can be traced. */
@Serdeable
public record Fraction(long part, long whole) {

    public Fraction {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("A fraction of counts cannot be negative");
        }
    }

    /** The share as a percentage rounded half-up to a whole number, or null when nothing was expected. */
    public Integer percent() {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    public Fraction plus(Fraction other) {
        return new Fraction(part + other.part, whole + other.whole);
    }

    @Override
    public String toString() {
        return whole == 0 ? "none expected" : part + " of " + whole + " (" + percent() + "%)";
    }
}
