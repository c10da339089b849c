package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A computed figure with the records behind it. Percentages are 0-100, rounded to two places. A null value means
 * there is no figure: nothing to count (a share of nothing is not 0%). The framework also shows "no figure yet"
 * when there are no records behind a figure at all.
 */
@Serdeable
public record MeasureResult(
        @Nullable BigDecimal value, @Nullable Long numerator, @Nullable Long denominator, List<EvidenceRow> evidence) {

    public MeasureResult {
        evidence = List.copyOf(evidence);
    }

    /** numerator / denominator as a percentage; no figure (null) when the denominator is zero. */
    public static MeasureResult share(long numerator, long denominator, List<EvidenceRow> evidence) {
        BigDecimal value = denominator == 0
                ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new MeasureResult(value, numerator, denominator, evidence);
    }

    /** Whether there is a figure at all: a value, and records behind it. */
    public boolean hasFigure() {
        return value != null && !evidence.isEmpty();
    }

    public static MeasureResult count(long count, List<EvidenceRow> evidence) {
        return new MeasureResult(BigDecimal.valueOf(count), null, null, evidence);
    }
}
