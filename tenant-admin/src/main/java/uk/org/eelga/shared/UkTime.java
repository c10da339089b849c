package uk.org.eelga.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The platform's one clock face: the association works in UK local time (Europe/London, with summer time), and
 * people read dates the British way, "1 April 2027", written by one formatter in the locale en-GB.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.forLanguageTag("en-GB");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", LOCALE);

    private UkTime() {}

    /** Today's date in the UK by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The UK date of an instant. */
    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** Midnight at the start of a UK day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** A UK wall-clock time as an instant. */
    public static Instant at(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** A UK wall-clock time of an instant. */
    public static LocalDateTime localOf(Instant at) {
        return LocalDateTime.ofInstant(at, ZONE);
    }

    /** "1 April 2027". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "1 April 2027": the UK date of an instant. */
    public static String date(Instant at) {
        return date(dateOf(at));
    }

    /** "9:30am", "10am", "midday", "midnight", UK time: times as GOV.UK writes them. */
    public static String time(Instant at) {
        LocalTime local = at.atZone(ZONE).toLocalTime();
        int hour = local.getHour();
        int minute = local.getMinute();
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        int onClock = hour % 12 == 0 ? 12 : hour % 12;
        return onClock + (minute == 0 ? "" : ":" + (minute < 10 ? "0" : "") + minute) + (hour < 12 ? "am" : "pm");
    }

    /** "1 April 2027 at 9:30am", UK time. */
    public static String dateTime(Instant at) {
        return date(at) + " at " + time(at);
    }

    /** "Thursday 1 April 2027 at 9:30am", UK time: for sessions and meetings, where the day of the week matters. */
    public static String dayDateTime(Instant at) {
        return WEEKDAY.format(at.atZone(ZONE)) + " " + dateTime(at);
    }
}
