package uk.org.eelga.tenancy.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The dates the platform stores at all: from 1 January 1900 to 31 December 2199. Anything outside is a typing
 * mistake or an attack (the year 999,999,999 overflows the database). Features narrow this further where their
 * rule lives (a Talent Bank start not in the past, a cut-off before the session).
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Dates() {}

    /** Whether {@code value} (a date, date-time or instant; null is) lies in the platform's range. */
    public static boolean plausible(Temporal value) {
        if (value == null) {
            return true;
        }
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof LocalDateTime d) {
            date = d.toLocalDate();
        } else if (value instanceof Instant i) {
            if (i.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || i.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
                return false;
            }
            date = LocalDate.ofInstant(i, ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime d) {
            date = d.toLocalDate();
        } else if (value instanceof ZonedDateTime d) {
            date = d.toLocalDate();
        } else {
            return true;
        }
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Null when every value is plausible; otherwise a sentence naming the first that is not. */
    public static String problem(String label, Temporal value) {
        return plausible(value)
                ? null
                : Character.toUpperCase(label.charAt(0)) + label.substring(1) + " must be between 1900 and 2199.";
    }
}
