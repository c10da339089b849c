package uk.org.eelga.platform.framework.ui;

import java.time.Clock;
import java.util.List;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;

/** Which of a framework year's periods a page opens on, the same on the association's and a council's page. */
final class DefaultPeriod {

    private DefaultPeriod() {}

    /**
     * The quarter we are in when it belongs to the year; the last quarter of a year gone by (its figures are
     * complete, where the first quarter's are a quarter's worth); else, for a year still to come, its first.
     * {@code periods} are the year's quarters in order, then possibly the whole year.
     */
    static String of(List<String> periods, Clock clock) {
        ReportingPeriod today = ReportingPeriod.containing(UkTime.today(clock));
        if (periods.contains(today.label())) {
            return today.label();
        }
        ReportingPeriod first = ReportingPeriod.parse(periods.get(0));
        return first.start().isBefore(today.start()) ? periods.get(3) : periods.get(0);
    }
}
