package uk.org.eelga.platform.epaycheck;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The region's pay for one job family and grade, aggregated over {@code councils} councils (never fewer than
 * {@link EpayCheck#MIN_COUNCILS}): medians of the bottom and top of the salary ranges, the lower quartile of the
 * bottoms and the upper quartile of the tops, the median allowances, and the posts and vacancies in total.
 */
@Serdeable
public record Benchmark(
        JobFamily jobFamily,
        String grade,
        int councils,
        long medianMinPence,
        long medianMaxPence,
        long lowerQuartileMinPence,
        long upperQuartileMaxPence,
        long medianAllowancesPence,
        long posts,
        long vacancies) {}
