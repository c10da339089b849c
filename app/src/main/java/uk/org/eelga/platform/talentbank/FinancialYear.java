package uk.org.eelga.platform.talentbank;

import java.time.LocalDate;

/** The public-sector financial year (1 April to 31 March) as "2017-18". */
public final class FinancialYear {

    private FinancialYear() {}

    public static String of(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
