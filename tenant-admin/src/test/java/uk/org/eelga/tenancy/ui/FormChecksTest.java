package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a form says of text past its limit and of a date that does not exist, as GOV.UK's patterns say it. */
class FormChecksTest {

    @Test
    void text_past_the_limit_is_kept_whole_and_the_field_says_by_how_much() {
        TextField subject = FieldLimits.limited(new TextField("Subject"), 10);

        subject.setValue("Twelve chars");

        assertThat(subject.getValue()).isEqualTo("Twelve chars");
        assertThat(subject.getMaxLength()).isZero();
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage())
                .isEqualTo("Subject must be 10 characters or fewer: you have 2 characters too many");

        subject.setValue("Fits");
        assertThat(subject.isInvalid()).isFalse();
    }

    @Test
    void the_limit_counts_characters_not_java_chars_and_leaves_other_problems_alone() {
        TextArea notes = FieldLimits.limited(new TextArea("Notes (optional)"), 3);
        new ErrorSummary(notes); // its form checks the field itself, as every form with a summary does

        notes.setValue("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00");
        assertThat(notes.isInvalid()).isFalse();

        notes.setValue("abcd");
        assertThat(notes.getErrorMessage())
                .isEqualTo("Notes must be 3 characters or fewer: you have 1 character too many");

        notes.setErrorMessage("Enter your notes");
        notes.setInvalid(true);
        notes.setValue("ab");
        assertThat(notes.isInvalid())
                .as("a message the limit did not set stays")
                .isTrue();
    }

    @Test
    void a_date_typed_that_does_not_exist_is_not_reported_as_missing() {
        DatePicker start = UkDates.ukDate(new DatePicker("Start date"));
        ErrorSummary errors = new ErrorSummary(start);

        start.getElement().setProperty("_inputElementValue", "31/02/2026");
        errors.required(start, "Enter the start date, for example 01/04/2027");

        assertThat(errors.messages()).containsExactly("Start date must be a real date, for example 01/04/2027");
        assertThat(start.getErrorMessage()).isEqualTo("Start date must be a real date, for example 01/04/2027");
    }

    @Test
    void a_date_and_time_typed_that_does_not_exist_is_not_reported_as_missing() {
        DateTimePicker starts = UkDates.ukDate(new DateTimePicker("Starts"));
        ErrorSummary errors = new ErrorSummary(starts);

        errors.required(starts, "Enter when it starts");
        assertThat(errors.messages()).containsExactly("Enter when it starts");

        errors.clear();
        starts.getChildren()
                .filter(DatePicker.class::isInstance)
                .findFirst()
                .orElseThrow()
                .getElement()
                .setProperty("_inputElementValue", "31/02/2027");
        errors.required(starts, "Enter when it starts");
        assertThat(errors.messages())
                .containsExactly("Starts must be a real date and time, for example 01/04/2027 and 14:30");
    }

    @Test
    void an_empty_date_is_still_missing_and_an_end_before_the_start_is_said_so() {
        DatePicker start = UkDates.ukDate(new DatePicker("Start date"));
        DatePicker end = UkDates.ukDate(new DatePicker("End date"));
        ErrorSummary errors = new ErrorSummary(start, end);

        errors.required(start, "Enter the start date, for example 01/04/2027");
        end.getElement().setProperty("_inputElementValue", "30/02/2027");
        errors.endNotBefore(start, end, "Enter the end date, for example 01/04/2027");

        assertThat(errors.messages())
                .containsExactly(
                        "Enter the start date, for example 01/04/2027",
                        "End date must be a real date, for example 01/04/2027");

        errors.clear();
        start.setValue(LocalDate.of(2027, 4, 2));
        end.getElement().setProperty("_inputElementValue", "");
        end.setValue(LocalDate.of(2027, 4, 1));
        errors.endNotBefore(start, end, "Enter the end date");
        assertThat(errors.messages()).containsExactly("The end date must be the same as or after the start date");
    }

    @Test
    void the_summary_lists_text_past_its_limit_and_the_step_is_not_taken() {
        TextField subject = FieldLimits.limited(new TextField("Subject"), 5);
        TextField other = new TextField("Other");
        ErrorSummary errors = new ErrorSummary(subject, other);
        subject.setValue("Too long");
        boolean[] taken = {false};

        errors.tryIfNone(() -> taken[0] = true);

        assertThat(taken[0]).isFalse();
        assertThat(errors.messages())
                .containsExactly("Subject must be 5 characters or fewer: you have 3 characters too many");
        assertThat(errors.isVisible()).isTrue();

        errors.clear();
        subject.setValue("Fine");
        errors.tryIfNone(() -> taken[0] = true);
        assertThat(taken[0]).isTrue();
        assertThat(errors.messages()).isEmpty();
    }
}
