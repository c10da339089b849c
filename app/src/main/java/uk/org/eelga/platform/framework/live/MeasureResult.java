package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A computed figure with the records behind it. Percentages are 0-100, rounded to two places. */
@Serdeable
public record MeasureResult(
        BigDecimal value, @Nullable Long numerator, @Nullable Long denominator, List<EvidenceRow> evidence) {

    public MeasureResult {
        evidence = List.copyOf(evidence);
    }

    /** numerator / denominator as a percentage; zero when the denominator is zero. */
    public static MeasureResult share(long numerator, long denominator, List<EvidenceRow> evidence) {
        BigDecimal value = denominator == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new MeasureResult(value, numerator, denominator, evidence);
    }

    public static MeasureResult count(long count, List<EvidenceRow> evidence) {
        return new MeasureResult(BigDecimal.valueOf(count), null, null, evidence);
    }
}
