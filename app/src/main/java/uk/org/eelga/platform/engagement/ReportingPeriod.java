package uk.org.eelga.platform.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A financial year of local government (April to March), or one of its quarters (Q1 = April to June). The
 * association reports by these; times are compared in UK local time.
 */
public record ReportingPeriod(int startYear, Integer quarter) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public ReportingPeriod {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("No such year: " + startYear);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    public static ReportingPeriod year(int startYear) {
        return new ReportingPeriod(startYear, null);
    }

    public static ReportingPeriod containing(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
        return new ReportingPeriod(startYear, quarter);
    }

    public ReportingPeriod wholeYear() {
        return year(startYear);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1).plusMonths(quarter == null ? 0 : (quarter - 1) * 3L);
    }

    /** The first day after the period. */
    public LocalDate endDay() {
        return firstDay().plusMonths(quarter == null ? 12 : 3);
    }

    public Instant from() {
        return firstDay().atStartOfDay(UK).toInstant();
    }

    public Instant to() {
        return endDay().atStartOfDay(UK).toInstant();
    }

    /** "2017-18" or "2017-18 Q3". */
    public String label() {
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        return quarter == null ? year : year + " Q" + quarter;
    }

    /** Parses {@link #label()}; throws IllegalArgumentException with a readable message. */
    public static ReportingPeriod parse(String label) {
        String text = label == null ? "" : label.trim();
        if (!text.matches("\\d{4}-\\d{2}( Q[1-4])?")) {
            throw new IllegalArgumentException("A period looks like 2017-18 or 2017-18 Q3"
                    + (label != null && label.length() <= 20 && !label.chars().anyMatch(Character::isISOControl)
                            ? ", not \"" + label + "\""
                            : ""));
        }
        int start = Integer.parseInt(text.substring(0, 4));
        if ((start + 1) % 100 != Integer.parseInt(text.substring(5, 7))) {
            throw new IllegalArgumentException("A financial year runs into the next year, e.g. 2017-18");
        }
        return new ReportingPeriod(start, text.length() > 7 ? Integer.valueOf(text.substring(9)) : null);
    }

    @Override
    public String toString() {
        return label();
    }
}
