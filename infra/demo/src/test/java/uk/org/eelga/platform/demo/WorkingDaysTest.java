package uk.org.eelga.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void a_weekday_stays_and_a_weekend_moves_to_the_nearest_weekday_of_its_month() {
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2027, 2, 5))).isEqualTo(LocalDate.of(2027, 2, 5));
        // Saturday to the Friday before, Sunday to the Monday after
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2027, 2, 6))).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2027, 2, 7))).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2029, 3, 31))).isEqualTo(LocalDate.of(2029, 3, 30));
        // at a month's edge the other way, so the day stays in its quarter and financial year
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2028, 4, 1))).isEqualTo(LocalDate.of(2028, 4, 3));
        assertThat(WorkingDays.weekdayInMonth(LocalDate.of(2027, 10, 31))).isEqualTo(LocalDate.of(2027, 10, 29));
    }
}
