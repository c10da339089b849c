package uk.org.eelga.platform.engagement.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.org.eelga.platform.engagement.ReportingPeriod;

/** Dates as people in the UK write them: "5 Jul 2017, 10:00". */
final class Dates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ReportingPeriod.UK);

    private Dates() {}

    static String when(Instant instant) {
        return WHEN.format(instant);
    }
}
