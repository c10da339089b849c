package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void years_run_from_april_to_march_and_quarters_are_three_months_of_them() {
        ReportingPeriod year = ReportingPeriod.parse("2017-18");
        assertThat(year.start()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        ReportingPeriod q3 = ReportingPeriod.parse("2017-18 Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(q3.wholeYear()).isEqualTo(year);
        assertThat(ReportingPeriod.quartersOf("2017-18"))
                .extracting(ReportingPeriod::label)
                .containsExactly("2017-18 Q1", "2017-18 Q2", "2017-18 Q3", "2017-18 Q4");
        assertThat(ReportingPeriod.year(2099).label()).isEqualTo("2099-00");
    }

    @Test
    void a_period_is_the_uk_midnights_around_its_days() {
        ReportingPeriod q1 = ReportingPeriod.parse("2017-18 Q1");
        assertThat(q1.from()).isEqualTo(Instant.parse("2017-03-31T23:00:00Z"));
        assertThat(q1.to()).isEqualTo(Instant.parse("2017-06-30T23:00:00Z"));
        assertThat(ReportingPeriod.containing(LocalDate.of(2018, 3, 31)).label())
                .isEqualTo("2017-18 Q4");
        assertThat(ReportingPeriod.containing(LocalDate.of(2018, 4, 1)).label()).isEqualTo("2018-19 Q1");
        Clock firstOfApril = Clock.fixed(Instant.parse("2018-03-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(ReportingPeriod.thisYear(firstOfApril).label()).isEqualTo("2018-19");
    }

    @Test
    void labels_are_read_back_and_anything_else_is_refused_with_a_sentence() {
        assertThat(ReportingPeriod.parse(" 2017-18 Q3 ").label()).isEqualTo("2017-18 Q3");
        assertThatThrownBy(() -> ReportingPeriod.parse("2017-19")).hasMessageContaining("financial year");
        assertThatThrownBy(() -> ReportingPeriod.parse("2017-18 Q5"))
                .hasMessage("A period looks like 2017-18 or 2017-18 Q3, not \"2017-18 Q5\"");
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).hasMessage("A period looks like 2017-18 or 2017-18 Q3");
        assertThatThrownBy(() -> ReportingPeriod.parse("2017\u0000-18"))
                .hasMessage("A period looks like 2017-18 or 2017-18 Q3");
        assertThatThrownBy(() -> ReportingPeriod.parse("2999-00")).hasMessage("No such year: 2999");
    }

    @Test
    void a_year_label_ends_with_two_digits_of_the_next_year() {
        org.assertj.core.api.Assertions.assertThat(ReportingPeriod.year(2008).yearLabel())
                .isEqualTo("2008-09");
        org.assertj.core.api.Assertions.assertThat(ReportingPeriod.year(2009).yearLabel())
                .isEqualTo("2009-10");
        org.assertj.core.api.Assertions.assertThat(ReportingPeriod.year(2099).yearLabel())
                .isEqualTo("2099-00");
        org.assertj.core.api.Assertions.assertThat(ReportingPeriod.year(2017).label())
                .isEqualTo("2017-18");
    }
}
