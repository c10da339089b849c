package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.EventType;
import uk.org.eelga.platform.engagement.GroupInfo;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.platform.engagement.NewMeeting;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Choices;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The association's meetings and events in a period: plan, correct, cancel, and open each one's attendance list.
 */
@Route("console/meetings")
@PageTitle("Meetings and events | EELGA console")
@MenuEntry(label = "Meetings and events", area = MenuEntry.Area.CONSOLE, order = 10)
@StaffPage
public class MeetingsView extends Page {

    static final String GROUP_MEETING = "Group meeting";
    static final String EVENT = "Event";
    static final String CHOOSE = "Choose a meeting or event in the list, or its Correct button, to correct its title,"
            + " time, place, agenda link or capacity.";

    final PeriodPicker period;
    final Grid<MeetingInfo> meetings = new Grid<>();
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("What is it?");
    final Select<GroupInfo> group = new Select<>();
    final Select<EventType> eventType = Choices.select("Event type", EventType::label, EventType.values());
    final MeetingDetails planned = new MeetingDetails("Capacity (events)");
    final TextField title = planned.title;
    final DateTimePicker startsAt = planned.startsAt;
    final TextField place = planned.place;
    final Checkbox online = planned.online;
    final TextField agenda = planned.agenda;
    final IntegerField capacity = planned.capacity;
    final Button plan = new Button("Plan it");
    final Paragraph message = new Paragraph();
    final ErrorSummary planErrors = new ErrorSummary(group, eventType, title, startsAt, place, agenda, capacity);

    final Paragraph chosen = new Paragraph(CHOOSE);
    final MeetingDetails corrected = new MeetingDetails("Capacity");
    final FormLayout correctForm = new FormLayout(
            corrected.title,
            corrected.startsAt,
            corrected.place,
            corrected.online,
            corrected.agenda,
            corrected.capacity);
    final Button correct = new Button("Correct the chosen meeting");
    final ErrorSummary correctErrors = new ErrorSummary(
            corrected.title, corrected.startsAt, corrected.place, corrected.agenda, corrected.capacity);
    final SuccessMessage correction = new SuccessMessage();
    private MeetingInfo chosenMeeting;

    private final MeetingPlanner planner;
    private final Caller staff;
    private final Clock clock;

    MeetingsView(MeetingPlanner planner, Clock clock) {
        super("Meetings and events");
        this.planner = planner;
        this.clock = clock;
        this.staff = Callers.current();
        period = new PeriodPicker(clock, p -> refresh());
        meetings.addColumn(m -> UkTime.dateTime(m.startsAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setSortable(true);
        meetings.addColumn(MeetingInfo::title).setHeader("Title").setFlexGrow(3);
        meetings.addColumn(m ->
                        m.groupName() != null ? m.groupName() : m.eventType().label())
                .setHeader("Group or event type")
                .setFlexGrow(2);
        meetings.addColumn(m -> m.online() ? "Online" : m.place()).setHeader("Where");
        meetings.addColumn(this::status).setHeader("Status");
        meetings.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
        NarrowScreens.cards(meetings, "Meeting", m -> new NarrowScreens.Card(m.title())
                .row("When", UkTime.dateTime(m.startsAt()))
                .row(
                        "Group or event type",
                        m.groupName() != null ? m.groupName() : m.eventType().label())
                .row("Where", m.online() ? "Online" : m.place())
                .row("Status", status(m))
                .actions(actions(m)));
        Tables.named(meetings, "Meetings and events", "No meetings or events in the year and quarter chosen.");
        meetings.setAllRowsVisible(true);
        meetings.setSelectionMode(Grid.SelectionMode.SINGLE);
        meetings.addSelectionListener(e -> choose(e.getFirstSelectedItem().orElse(null)));
        add(period, meetings);

        add(new H2("Correct a meeting or event"));
        correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        correct.addClickListener(e -> correct());
        correctForm.setVisible(false);
        correct.setVisible(false);
        correctForm.getElement().setAttribute("role", "group");
        correctForm.getElement().setAttribute("aria-label", "Corrected details of the chosen meeting");
        add(chosen, correctErrors, correctForm, correct, correction);

        add(new H2("Plan a meeting or event"));
        kind.setItems(GROUP_MEETING, EVENT);
        kind.setValue(GROUP_MEETING);
        group.setLabel("Group");
        group.setItems(planner.groups());
        group.setItemLabelGenerator(GroupInfo::name);
        eventType.setVisible(false);
        capacity.setVisible(false);
        kind.addValueChangeListener(e -> {
            boolean isEvent = EVENT.equals(e.getValue());
            eventType.setVisible(isEvent);
            capacity.setVisible(isEvent);
            group.setLabel(isEvent ? "Group (optional)" : "Group");
            if (isEvent) {
                // a group chosen for a meeting is not carried into an event unseen: an event has one only if chosen
                group.clear();
            }
            group.setHelperText(isEvent ? "Only when the event is one of a group's own" : null);
        });
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> plan());
        message.getElement().setAttribute("role", "status");
        FormLayout form = new FormLayout(kind, group, eventType, title, startsAt, place, online, agenda, capacity);
        add(planErrors, form, plan, message);
        refresh();
    }

    /** "Planned" only for what is still to come; a past meeting has taken place (or was cancelled). */
    String status(MeetingInfo meeting) {
        if (meeting.cancelled()) {
            return "Cancelled: " + meeting.cancelledReason();
        }
        return meeting.startsAt().isAfter(clock.instant()) ? "Planned" : "Took place";
    }

    private HorizontalLayout actions(MeetingInfo meeting) {
        RouterLink attendance = new RouterLink("Attendance", AttendanceView.class, meeting.id());
        attendance.getElement().setAttribute("aria-label", "Attendance of " + meeting.title());
        HorizontalLayout actions = new HorizontalLayout(attendance);
        if (!meeting.cancelled()) {
            Button correctIt = new Button("Correct", e -> {
                meetings.select(meeting);
                corrected.title.focus();
            });
            correctIt.getElement().setAttribute("aria-label", "Correct " + meeting.title());
            actions.add(correctIt);
        }
        if (!meeting.cancelled() && meeting.startsAt().isAfter(clock.instant())) {
            Button cancel = new Button("Cancel", e -> confirmCancel(meeting));
            cancel.getElement().setAttribute("aria-label", "Cancel " + meeting.title());
            actions.add(cancel);
        }
        return actions;
    }

    private void confirmCancel(MeetingInfo meeting) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel " + meeting.title());
        TextArea reason = limited(new TextArea("Reason for cancelling"), Text.REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        Button confirm = new Button("Cancel the meeting", e -> {
            try {
                planner.cancel(staff, meeting.id(), reason.getValue());
                dialog.close();
                say(meeting.title() + " is cancelled.");
                refresh();
            } catch (EngagementRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason, problem);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void plan() {
        boolean isEvent = EVENT.equals(kind.getValue());
        planErrors.clear();
        message.setText("");
        if (isEvent) {
            planErrors.required(eventType, "Choose the type of event");
        } else {
            planErrors.required(group, "Choose the group that meets");
        }
        planned.requireTitleAndStart(planErrors);
        planErrors.tryIfNone(
                () -> {
                    MeetingInfo planned = planner.plan(
                            staff,
                            new NewMeeting(
                                    group.getValue() == null
                                            ? null
                                            : group.getValue().id(),
                                    isEvent ? eventTypeOrRefuse() : null,
                                    title.getValue(),
                                    startsAt.getValue(),
                                    place.getValue(),
                                    online.getValue(),
                                    agenda.getValue(),
                                    isEvent ? capacity.getValue() : null));
                    say(planned.title() + " is planned for " + UkTime.dateTime(planned.startsAt()) + ".");
                    title.clear();
                    refresh();
                },
                Map.of(
                        "title", title,
                        "starts-at", startsAt,
                        "place", place,
                        "agenda-url", agenda,
                        "capacity", capacity,
                        "event-type", eventType,
                        "unknown-group", group,
                        "group-or-event-type", isEvent ? eventType : group));
    }

    /** Fills the correction form with the chosen meeting as it is now, or hides it when none is chosen. */
    private void choose(MeetingInfo meeting) {
        chosenMeeting = meeting;
        correctErrors.restart(correction);
        boolean correctable = meeting != null && !meeting.cancelled();
        correctForm.setVisible(correctable);
        correct.setVisible(correctable);
        if (meeting == null) {
            chosen.setText(CHOOSE);
        } else if (meeting.cancelled()) {
            chosen.setText(meeting.title() + " was cancelled, so it cannot be corrected.");
        } else {
            chosen.setText(
                    whatStays(meeting) + " Its time can be changed only while no attendance is recorded for it.");
            corrected.fill(meeting);
        }
    }

    /** "Heads of HR, 1 April 2027 10:00: a group meeting of Heads of HR. What it is and its group stay as planned..." */
    private static String whatStays(MeetingInfo meeting) {
        String when = meeting.title() + ", " + UkTime.dateTime(meeting.startsAt()) + ": ";
        String change = " stay as planned; to change them, cancel it and plan another.";
        if (meeting.kind() == MeetingInfo.Kind.MEETING) {
            return when + "a group meeting of " + meeting.groupName() + ". What it is and its group" + change;
        }
        return when + "an event (" + meeting.eventType().label()
                + (meeting.groupName() == null ? ", of no group" : ", of " + meeting.groupName())
                + "). What it is, its event type and its group" + change;
    }

    void correct() {
        correctErrors.restart(correction);
        MeetingInfo before = chosenMeeting;
        if (before == null) {
            correctErrors.problem("Choose the meeting or event to correct in the list");
            correctErrors.showIfAny();
            return;
        }
        corrected.requireTitleAndStart(correctErrors);
        corrected.tryIfNone(correctErrors, () -> {
            MeetingInfo after = planner.correct(staff, before.id(), corrected.correction());
            boolean shown = refresh().contains(after);
            if (shown) {
                meetings.select(after);
            }
            String said = UkTime.dateTime(after.startsAt());
            correction.show(
                    after.equals(before)
                            ? "Nothing was changed: " + after.title() + ", " + said + " is as it was."
                            : "Meeting corrected: " + after.title() + ", " + said
                                    + (shown ? "" : ". It is no longer in the period shown."));
        });
    }

    private EventType eventTypeOrRefuse() {
        if (eventType.getValue() == null) {
            throw EngagementRefused.invalid("event-type", "Choose the type of event");
        }
        return eventType.getValue();
    }

    private void say(String text) {
        message.setText(text);
    }

    private List<MeetingInfo> refresh() {
        List<MeetingInfo> shown = planner.meetings(period.value());
        meetings.setItems(shown);
        return shown;
    }
}
