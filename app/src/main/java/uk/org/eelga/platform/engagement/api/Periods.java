package uk.org.eelga.platform.engagement.api;

import java.time.Clock;
import java.time.LocalDate;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;

/** The {@code period} query parameter: "2017-18" or "2017-18 Q3"; the current financial year when absent. */
final class Periods {

    private Periods() {}

    static ReportingPeriod parse(String period, Clock clock) {
        if (period == null || period.isBlank()) {
            return ReportingPeriod.containing(LocalDate.now(clock.withZone(UkTime.ZONE)))
                    .wholeYear();
        }
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw EngagementRefused.invalid("period", e.getMessage());
        }
    }
}
