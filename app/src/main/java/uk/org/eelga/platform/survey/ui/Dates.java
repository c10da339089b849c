package uk.org.eelga.platform.survey.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as pages show them, in UK time. */
final class Dates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Dates() {}

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(LONDON));
    }
}
