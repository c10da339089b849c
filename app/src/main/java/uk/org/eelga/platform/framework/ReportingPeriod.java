package uk.org.eelga.platform.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a financial year (April to March): a quarter ("2017-18 Q3" = October to December 2017)
 * or the whole year ("2017-18").
 */
public record ReportingPeriod(String code, LocalDate start, LocalDate end) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{2})(?: Q([1-4]))?");

    public static ReportingPeriod parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a period"
                    + (code != null && code.length() <= 20 && !code.chars().anyMatch(Character::isISOControl)
                            ? ": " + code
                            : "")
                    + " (write e.g. 2017-18 Q3 or 2017-18)");
        }
        int startYear = Integer.parseInt(m.group(1));
        if ((startYear + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("Not a financial year: " + code);
        }
        LocalDate yearStart = LocalDate.of(startYear, 4, 1);
        if (m.group(3) == null) {
            return new ReportingPeriod(
                    m.group(0), yearStart, yearStart.plusYears(1).minusDays(1));
        }
        int quarter = Integer.parseInt(m.group(3));
        LocalDate start = yearStart.plusMonths(3L * (quarter - 1));
        return new ReportingPeriod(m.group(0), start, start.plusMonths(3).minusDays(1));
    }

    /** The four quarters of a framework year such as "2017-18". */
    public static List<ReportingPeriod> quartersOf(String yearLabel) {
        List<ReportingPeriod> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(parse(yearLabel + " Q" + q));
        }
        return quarters;
    }

    @Override
    public String toString() {
        return code;
    }
}
