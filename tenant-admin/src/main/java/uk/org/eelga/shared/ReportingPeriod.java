package uk.org.eelga.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A financial year of local government (1 April to 31 March), written "2017-18", or one of its quarters (Q1 = April
 * to June), written "2017-18 Q3" (October to December 2017). The association reports, plans and invoices by these;
 * their bounds are UK days and, for times, UK midnights ({@link #from()} to {@link #to()}).
 *
 * @param quarter 1 to 4, or null for the whole year
 */
public record ReportingPeriod(int startYear, Integer quarter) {

    public ReportingPeriod {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("No such year: " + startYear);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    /** The financial year that starts in April of {@code startYear}. */
    public static ReportingPeriod year(int startYear) {
        return new ReportingPeriod(startYear, null);
    }

    /** The quarter a day falls in. */
    public static ReportingPeriod containing(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        int quarter = ((day.getMonthValue() + 8) % 12) / 3 + 1;
        return new ReportingPeriod(startYear, quarter);
    }

    /** The financial year the UK is in now. */
    public static ReportingPeriod thisYear(Clock clock) {
        return containing(UkTime.today(clock)).wholeYear();
    }

    /**
     * Reads {@link #label()}: "2017-18" or "2017-18 Q3".
     *
     * @throws IllegalArgumentException with a sentence saying what a period looks like
     */
    public static ReportingPeriod parse(String label) {
        String text = label == null ? "" : label.trim();
        if (!text.matches("\\d{4}-\\d{2}( Q[1-4])?")) {
            throw new IllegalArgumentException("A period looks like 2017-18 or 2017-18 Q3"
                    + (label != null && label.length() <= 20 && label.chars().noneMatch(Character::isISOControl)
                            ? ", not \"" + label + "\""
                            : ""));
        }
        int start = Integer.parseInt(text.substring(0, 4));
        if ((start + 1) % 100 != Integer.parseInt(text.substring(5, 7))) {
            throw new IllegalArgumentException("A financial year runs into the next year, e.g. 2017-18");
        }
        return new ReportingPeriod(start, text.length() > 7 ? Integer.valueOf(text.substring(9)) : null);
    }

    /** The four quarters of a year written like "2017-18". */
    public static List<ReportingPeriod> quartersOf(String yearLabel) {
        return parse(yearLabel).wholeYear().quarters();
    }

    public boolean isWholeYear() {
        return quarter == null;
    }

    public ReportingPeriod wholeYear() {
        return year(startYear);
    }

    /** The year's four quarters, Q1 first. */
    public List<ReportingPeriod> quarters() {
        return IntStream.rangeClosed(1, 4)
                .mapToObj(q -> new ReportingPeriod(startYear, q))
                .toList();
    }

    /** The first day. */
    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1).plusMonths(quarter == null ? 0 : (quarter - 1) * 3L);
    }

    /** The last day (31 March for a year). */
    public LocalDate end() {
        return start().plusMonths(quarter == null ? 12 : 3).minusDays(1);
    }

    /** UK midnight at the start of the first day. */
    public Instant from() {
        return UkTime.startOf(start());
    }

    /** UK midnight after the last day: the period is the instants from {@link #from()} up to, not including, this. */
    public Instant to() {
        return UkTime.startOf(end().plusDays(1));
    }

    /** "2017-18" for the year whatever the quarter. */
    public String yearLabel() {
        int end = (startYear + 1) % 100; // "2009-10": two digits (String.format was a hot spot of the API)
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    /** "2017-18" or "2017-18 Q3". */
    public String label() {
        return quarter == null ? yearLabel() : yearLabel() + " Q" + quarter;
    }

    @Override
    public String toString() {
        return label();
    }
}
