package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import uk.org.eelga.shared.UkTime;

/**
 * Dates the UK way, in one place: shown as "1 April 2027" (GOV.UK style), typed day first ("01/04/2027" is
 * 1 April 2027), calendars starting on Monday and opening only when asked (not while a date is typed). Every date picker is wrapped in {@link #ukDate(DatePicker)} the way
 * text fields are wrapped in {@link FieldLimits}; a test walks the pages and fails on a picker that is not.
 */
public final class UkDates {

    public static final Locale UK = UkTime.LOCALE;

    /** What the picker shows and parses first; the others are also understood when typed. */
    static final String TYPED = "dd/MM/yyyy";

    private UkDates() {}

    /** "1 April 2027" ({@link UkTime}); empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : UkTime.date(date);
    }

    /** "1 April 2027" in UK time; empty for no instant. */
    public static String day(Instant instant) {
        return instant == null ? "" : UkTime.date(instant);
    }

    /** "1 April 2027 at 2:30pm" in UK time; empty for no instant. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : UkTime.dateTime(instant);
    }

    /** "1 April 2027 at 2:30pm"; empty for no date-time. */
    public static String dayAndTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : UkTime.dateTime(UkTime.at(dateTime));
    }

    /** The picker with UK settings: day first, Monday first, a GOV.UK hint and plain error messages. */
    public static DatePicker ukDate(DatePicker picker) {
        picker.setLocale(UK);
        // the calendar opens on the toggle or Alt+Down only: typing a date and pressing Tab goes on to the next field,
        // and Escape does not throw away what was typed (keyboard users type dates; WCAG 2.4.3)
        picker.setAutoOpen(false);
        picker.setI18n(i18n());
        if (picker.getHelperText() == null || picker.getHelperText().isBlank()) {
            picker.setHelperText("For example, 01/04/2027");
        }
        return picker;
    }

    /** The date-time picker with UK settings: its date part day first and Monday first, its time 24-hour. */
    public static DateTimePicker ukDate(DateTimePicker picker) {
        picker.setLocale(UK);
        picker.setAutoOpen(false);
        picker.setDatePickerI18n(i18n());
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel("Date")
                .setTimeLabel("Time")
                .setBadInputErrorMessage("Enter a real date and time, for example 01/04/2027 and 14:30")
                .setIncompleteInputErrorMessage("Enter both the date and the time"));
        if (picker.getHelperText() == null || picker.getHelperText().isBlank()) {
            picker.setHelperText("For example, 01/04/2027 and 14:30");
        }
        return picker;
    }

    static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(TYPED, "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setToday("Today")
                .setCancel("Cancel")
                .setBadInputErrorMessage("Enter a real date, for example 01/04/2027");
    }

    /** Whether the picker has the UK settings (for tests that walk pages). */
    public static boolean isUk(DatePicker picker) {
        return !picker.isAutoOpen()
                && picker.getI18n() != null
                && picker.getI18n().getFirstDayOfWeek() == 1
                && picker.getI18n().getDateFormats() != null
                && TYPED.equals(picker.getI18n().getDateFormats().get(0));
    }

    /** Whether the date-time picker has the UK settings (for tests that walk pages). */
    public static boolean isUk(DateTimePicker picker) {
        return !picker.isAutoOpen()
                && picker.getDatePickerI18n() != null
                && picker.getDatePickerI18n().getFirstDayOfWeek() == 1
                && TYPED.equals(picker.getDatePickerI18n().getDateFormats().get(0));
    }
}
