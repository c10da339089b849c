package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import uk.org.eelga.platform.engagement.MeetingCorrection;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.ErrorSummary;

/**
 * The details of a meeting or event as staff type them, to plan one or to correct one: the same fields, labels and
 * checks, and the service's refusals shown at the field they are about.
 */
final class MeetingDetails {

    final TextField title = limited(new TextField("Title"), Text.NAME);
    final DateTimePicker startsAt = ukDate(new DateTimePicker("Starts (UK time)"));
    final TextField place = limited(new TextField("Place"), Text.NAME);
    final Checkbox online = new Checkbox("Online");
    final TextField agenda = limited(new TextField("Agenda link"), Text.URL);
    final IntegerField capacity;

    MeetingDetails(String capacityLabel) {
        capacity = new IntegerField(capacityLabel);
        capacity.setMin(1);
        title.setRequiredIndicatorVisible(true);
        startsAt.setRequiredIndicatorVisible(true);
        agenda.setHelperText("https://...");
    }

    /** Marks the title and the start when they are not given. */
    void requireTitleAndStart(ErrorSummary errors) {
        errors.required(title, "Enter a title");
        errors.required(startsAt, "Enter the day and time it starts, for example 01/04/2027 and 10:00");
    }

    /** The meeting's details as they are now; the capacity field is shown for events only. */
    void fill(MeetingInfo meeting) {
        title.setValue(meeting.title());
        startsAt.setValue(UkTime.localOf(meeting.startsAt()));
        place.setValue(meeting.place() == null ? "" : meeting.place());
        online.setValue(meeting.online());
        agenda.setValue(meeting.agendaUrl() == null ? "" : meeting.agendaUrl());
        capacity.setValue(meeting.capacity());
        capacity.setVisible(meeting.kind() == MeetingInfo.Kind.EVENT);
    }

    MeetingCorrection correction() {
        return new MeetingCorrection(
                title.getValue(),
                startsAt.getValue(),
                place.getValue(),
                online.getValue(),
                agenda.getValue(),
                capacity.getValue());
    }

    /**
     * Ends the checks of a correction: takes the step when there is no problem, and shows a refusal at its field (a
     * time that cannot change at the start, too few places at the capacity).
     */
    void tryIfNone(ErrorSummary errors, Runnable step) {
        errors.tryIfNone(
                step,
                Map.of(
                        "title", title,
                        "starts-at", startsAt,
                        "attendance-recorded", startsAt,
                        "registered-before", startsAt,
                        "place", place,
                        "agenda-url", agenda,
                        "capacity", capacity));
    }
}
