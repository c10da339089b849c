package uk.org.eelga.platform.coaching.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Formats {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(UK);

    private Formats() {}
}
