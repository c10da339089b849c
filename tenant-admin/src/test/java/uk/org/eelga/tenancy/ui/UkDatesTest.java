package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void dates_are_shown_in_full_the_gov_uk_way() {
        assertThat(UkDates.day(LocalDate.of(2027, 4, 1))).isEqualTo("1 April 2027");
        assertThat(UkDates.day((LocalDate) null)).isEmpty();
        // 23:30 UTC on 31 March 2027 is already 1 April in London (BST)
        assertThat(UkDates.day(Instant.parse("2027-03-31T23:30:00Z"))).isEqualTo("1 April 2027");
        assertThat(UkDates.dayAndTime(Instant.parse("2026-12-25T14:05:00Z"))).isEqualTo("25 December 2026 at 2:05pm");
    }

    @Test
    void a_uk_date_picker_reads_day_first_and_starts_the_week_on_monday() {
        DatePicker picker = UkDates.ukDate(new DatePicker("Start"));
        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getDateFormats()).startsWith("dd/MM/yyyy").doesNotContain("MM/dd/yyyy");
        assertThat(picker.getHelperText()).isEqualTo("For example, 01/04/2027");
        assertThat(picker.isAutoOpen())
                .as("typing a date does not open the calendar")
                .isFalse();
        assertThat(UkDates.isUk(picker)).isTrue();
        assertThat(UkDates.isUk(new DatePicker("American"))).isFalse();
    }

    @Test
    void a_uk_date_time_picker_has_a_day_first_monday_first_date_part_and_keeps_its_own_hint() {
        DateTimePicker picker = new DateTimePicker("Starts");
        picker.setHelperText("UK time");
        UkDates.ukDate(picker);
        assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getDatePickerI18n().getDateFormats().get(0)).isEqualTo("dd/MM/yyyy");
        assertThat(picker.getHelperText()).isEqualTo("UK time");
        assertThat(picker.isAutoOpen()).isFalse();
        assertThat(UkDates.isUk(picker)).isTrue();
        assertThat(UkDates.isUk(new DateTimePicker())).isFalse();
    }

    /** A picker made without {@code ukDate(...)} would be American again; every one in both modules is wrapped. */
    @Test
    void every_date_picker_in_the_code_is_made_uk() throws IOException {
        Pattern made = Pattern.compile("new (DatePicker|DateTimePicker)\\(");
        List<String> bare = new ArrayList<>();
        for (Path file : MainSources.javaFiles()) {
            if (file.endsWith("UkDates.java")) {
                continue;
            }
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                var matcher = made.matcher(lines[i]);
                while (matcher.find()) {
                    if (!lines[i].substring(0, matcher.start()).endsWith("ukDate(")) {
                        bare.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(bare).as("date pickers not wrapped in UkDates.ukDate(...)").isEmpty();
    }
}
