package uk.org.eelga.platform.helpline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.org.eelga.shared.UkTime;

/**
 * The helpline's stated service level: a first response (an answer or a question back) by the end of the second
 * working day after the query is raised, and the query resolved (closed) by the end of the tenth. Working days are
 * Monday to Friday in UK time; bank holidays are not taken out (the deadline is then a day stricter). Each query
 * keeps the deadlines it was raised with.
 */
public final class ServiceLevel {

    public static final int FIRST_RESPONSE_WORKING_DAYS = 2;
    public static final int RESOLUTION_WORKING_DAYS = 10;
    public static final String STATED = "First response within " + FIRST_RESPONSE_WORKING_DAYS
            + " working days, resolved within " + RESOLUTION_WORKING_DAYS + " working days.";

    private static final ZoneId UK = UkTime.ZONE;

    private ServiceLevel() {}

    public static Instant firstResponseDue(Instant raised) {
        return endOfWorkingDay(raised, FIRST_RESPONSE_WORKING_DAYS);
    }

    public static Instant resolutionDue(Instant raised) {
        return endOfWorkingDay(raised, RESOLUTION_WORKING_DAYS);
    }

    /** The end (midnight, UK time) of the {@code days}-th working day after the day of {@code raised}. */
    static Instant endOfWorkingDay(Instant raised, int days) {
        LocalDate day = LocalDate.ofInstant(raised, UK);
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(UK).toInstant();
    }
}
