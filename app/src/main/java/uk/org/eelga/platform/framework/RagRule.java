package uk.org.eelga.platform.framework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.org.eelga.shared.ReportingPeriod;

/**
 * A measure's RAG rule. Higher is better: green at or above the target, amber when below it by no more than the
 * tolerance, red otherwise. Lower is better mirrors it (green at or below the target). Yes/no targets are green on
 * yes and red on no. Date targets: green on or before the date, amber up to tolerance days late, red after that.
 * Above the target ("generates income or surplus") is green only strictly above it, amber when short of it by less
 * than the tolerance, red otherwise (so with no tolerance, a figure equal to the target is red).
 * The tolerance is in the target's own unit (percentage points, a count, pence, days).
 */
public record RagRule(
        TargetType type, BigDecimal target, LocalDate targetDate, Direction direction, BigDecimal tolerance) {

    public RagRule {
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("The amber tolerance cannot be negative");
        }
    }

    public Rag rate(BigDecimal actual) {
        if (actual == null || target == null || type == TargetType.DATE) {
            return Rag.NOT_RATED;
        }
        if (type == TargetType.YES_NO) {
            boolean wanted = target.signum() != 0;
            return (actual.signum() != 0) == wanted ? Rag.GREEN : Rag.RED;
        }
        if (direction == Direction.ABOVE_TARGET) {
            if (actual.compareTo(target) > 0) {
                return Rag.GREEN;
            }
            return target.subtract(actual).compareTo(tolerance) < 0 ? Rag.AMBER : Rag.RED;
        }
        // shortfall: how far the figure is on the wrong side of the target (zero or less means on target)
        BigDecimal shortfall =
                direction == Direction.HIGHER_IS_BETTER ? target.subtract(actual) : actual.subtract(target);
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        return shortfall.compareTo(tolerance) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /**
     * The RAG of a figure for a period. A count or an amount to reach is the year's ("11 e-bulletins a year"): a
     * quarter's part of it is not rated against the whole target (it would be red for three quarters of every
     * year). A cap ("lower is better") is rated in a quarter too: going over it in a quarter goes over it for the
     * year. Shares, yes/no and dates are rated in any period.
     */
    public Rag rate(BigDecimal actual, ReportingPeriod period) {
        return isYearsTotal() && period != null && !period.isWholeYear() ? Rag.NOT_RATED : rate(actual);
    }

    /** Whether the target is a total to reach over the year (a count or an amount, higher or above). */
    public boolean isYearsTotal() {
        return (type == TargetType.COUNT || type == TargetType.MONEY) && direction != Direction.LOWER_IS_BETTER;
    }

    public Rag rateDate(LocalDate achieved) {
        if (achieved == null || targetDate == null) {
            return Rag.NOT_RATED;
        }
        long daysLate = ChronoUnit.DAYS.between(targetDate, achieved);
        if (daysLate <= 0) {
            return Rag.GREEN;
        }
        return BigDecimal.valueOf(daysLate).compareTo(tolerance) <= 0 ? Rag.AMBER : Rag.RED;
    }
}
