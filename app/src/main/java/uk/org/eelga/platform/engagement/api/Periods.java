package uk.org.eelga.platform.engagement.api;

import java.time.Clock;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.api.ApiArguments;

/** The {@code period} query parameter: "2017-18" or "2017-18 Q3"; the current financial year when absent. */
final class Periods {

    private Periods() {}

    static ReportingPeriod parse(String period, Clock clock) {
        return ApiArguments.period(
                period, ReportingPeriod.thisYear(clock), e -> EngagementRefused.invalid("period", e.getMessage()));
    }
}
