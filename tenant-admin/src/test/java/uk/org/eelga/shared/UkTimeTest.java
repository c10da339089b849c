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
        assertThat(UkTime.dateTime(summer)).isEqualTo("1 July 2026 at 12:30am");
        assertThat(UkTime.dayDateTime(summer)).isEqualTo("Wednesday 1 July 2026 at 12:30am");
        Instant winter = Instant.parse("2026-12-01T09:05:00Z");
        assertThat(UkTime.time(winter)).isEqualTo("9:05am");
        assertThat(UkTime.at(LocalDateTime.of(2026, 7, 1, 9, 0))).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(UkTime.startOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(UkTime.localOf(winter)).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 5));
    }

    @Test
    void today_is_the_uk_date_even_when_utc_is_still_yesterday() {
        Clock lateInJune = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(UkTime.today(lateInJune)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void times_are_written_as_gov_uk_writes_them() {
        assertThat(UkTime.time(Instant.parse("2026-12-01T10:00:00Z"))).isEqualTo("10am");
        assertThat(UkTime.time(Instant.parse("2026-12-01T17:30:00Z"))).isEqualTo("5:30pm");
        assertThat(UkTime.time(Instant.parse("2026-12-01T12:00:00Z"))).isEqualTo("midday");
        assertThat(UkTime.time(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo("midnight");
        assertThat(UkTime.time(Instant.parse("2026-12-01T12:45:00Z"))).isEqualTo("12:45pm");
        assertThat(UkTime.dateTime(Instant.parse("2026-06-05T14:30:00Z"))).isEqualTo("5 June 2026 at 3:30pm");
    }
}
