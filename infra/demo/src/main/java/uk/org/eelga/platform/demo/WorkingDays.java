package uk.org.eelga.platform.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Demo meetings, events and sessions fall on working days, as the association's do: a date drawn on a weekend moves
 * to the nearest weekday in the same month (Saturday to the Friday before, Sunday to the Monday after, the other
 * way at a month's edge), so it stays in the quarter and financial year the demo's figures count it in.
 */
public final class WorkingDays {

    private WorkingDays() {}

    public static LocalDate weekdayInMonth(LocalDate day) {
        LocalDate moved =
                switch (day.getDayOfWeek()) {
                    case SATURDAY -> day.minusDays(1);
                    case SUNDAY -> day.plusDays(1);
                    default -> day;
                };
        if (moved.getMonth() == day.getMonth()) {
            return moved;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2) : day.minusDays(2);
    }
}
