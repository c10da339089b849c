package uk.org.eelga.platform.helpline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import uk.org.eelga.platform.framework.live.LiveMeasureCatalogue;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.shared.Percent;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The helpline's figures for a financial year, for the console: the same live measure kinds the framework uses. */
@Singleton
public class HelplineFigures {

    private final AssociationWideRead wideRead;
    private final LiveMeasureKind queries;
    private final LiveMeasureKind authorities;
    private final LiveMeasureKind serviceLevel;
    private final LiveMeasureKind satisfaction;
    private final Clock clock;

    HelplineFigures(AssociationWideRead wideRead, LiveMeasureCatalogue kinds, Clock clock) {
        this.wideRead = wideRead;
        this.queries = kinds.find(HelplineMeasures.QUERIES).orElseThrow();
        this.authorities = kinds.find(HelplineMeasures.AUTHORITIES).orElseThrow();
        this.serviceLevel = kinds.find(HelplineMeasures.SERVICE_LEVEL).orElseThrow();
        this.satisfaction = kinds.find(HelplineMeasures.SATISFACTION).orElseThrow();
        this.clock = clock;
    }

    /** The financial year (April to March) that today is in, as "2026-27". */
    public String currentYear() {
        return ReportingPeriod.thisYear(clock).label();
    }

    /** The figures of a period such as "2017-18" or "2017-18 Q3"; a period of the wrong shape is refused. */
    public YearFigures of(Caller staff, String periodCode) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw new HelplineRefused("period", "Give a financial year such as 2017-18, or a quarter: 2017-18 Q3.");
        }
        return wideRead.read(staff, "HR helpline figures " + period.label(), connection -> {
            MeasureResult all = queries.compute(new LiveMeasureQuery(Map.of(), period, connection));
            MeasureResult benchmarking = queries.compute(
                    new LiveMeasureQuery(Map.of("category", Category.BENCHMARKING.name()), period, connection));
            MeasureResult using = authorities.compute(new LiveMeasureQuery(Map.of(), period, connection));
            MeasureResult firstResponse = serviceLevel.compute(new LiveMeasureQuery(Map.of(), period, connection));
            MeasureResult resolution =
                    serviceLevel.compute(new LiveMeasureQuery(Map.of("stage", "resolution"), period, connection));
            MeasureResult satisfied = satisfaction.compute(new LiveMeasureQuery(Map.of(), period, connection));
            return new YearFigures(
                    period.label(),
                    all.value().longValue(),
                    benchmarking.value().longValue(),
                    using.numerator(),
                    using.denominator(),
                    firstResponse.denominator() == 0 ? null : firstResponse.value(),
                    resolution.denominator() == 0 ? null : resolution.value(),
                    satisfied.denominator() == 0 ? null : satisfied.value(),
                    satisfied.denominator());
        });
    }

    /** Percentages are 0-100; null when there is nothing to measure yet. */
    @Serdeable
    public record YearFigures(
            String period,
            long queries,
            long benchmarkingRequests,
            long councilsUsing,
            long memberCouncils,
            @Nullable BigDecimal firstResponseOnTimePercent,
            @Nullable BigDecimal resolvedOnTimePercent,
            @Nullable BigDecimal ratedGoodOrVeryGoodPercent,
            long ratings) {

        /** "219 queries (145 benchmarking requests) from 40 of 52 councils". */
        public String sentence() {
            return (queries == 1 ? "1 query" : queries + " queries") + " ("
                    + (benchmarkingRequests == 1
                            ? "1 benchmarking request"
                            : benchmarkingRequests + " benchmarking requests")
                    + ") from " + councilsUsing
                    + " of " + memberCouncils + " councils; first response on time: "
                    + percent(firstResponseOnTimePercent)
                    + "; resolved on time: " + percent(resolvedOnTimePercent) + "; rated good or very good: "
                    + percent(ratedGoodOrVeryGoodPercent) + " of " + ratings + " ratings.";
        }

        private static String percent(BigDecimal value) {
            return value == null ? "none yet" : Percent.format(value);
        }
    }
}
