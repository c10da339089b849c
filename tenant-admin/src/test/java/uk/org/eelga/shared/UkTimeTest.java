package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UkTimeTest {

    @Test
    void dates_are_written_the_british_way() {
        assertThat(UkTime.date(LocalDate.of(2027, 4, 1))).isEqualTo("1 April 2027");
        assertThat(UkTime.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 September 2026");
    }

    @Test
    void instants_are_read_in_uk_time_with_summer_time() {
        Instant summer = Instant.parse("2026-06-30T23:30:00Z");
        assertThat(UkTime.date(summer)).isEqualTo("1 July 2026");
        assertThat(UkTime.dateTime(summer)).isEqualTo("1 July 2026, 00:30");
        assertThat(UkTime.dayDateTime(summer)).isEqualTo("Wednesday 1 July 2026, 00:30");
        Instant winter = Instant.parse("2026-12-01T09:05:00Z");
        assertThat(UkTime.time(winter)).isEqualTo("09:05");
        assertThat(UkTime.at(LocalDateTime.of(2026, 7, 1, 9, 0))).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(UkTime.startOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(UkTime.localOf(winter)).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 5));
    }

    @Test
    void today_is_the_uk_date_even_when_utc_is_still_yesterday() {
        Clock lateInJune = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(UkTime.today(lateInJune)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
