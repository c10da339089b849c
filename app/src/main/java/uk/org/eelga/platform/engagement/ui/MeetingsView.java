package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;
import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

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

/** The association's meetings and events in a period: plan, cancel, and open each one's attendance list. */
@Route("console/meetings")
@PageTitle("Meetings and events | EELGA console")
@MenuEntry(label = "Meetings and events", area = MenuEntry.Area.CONSOLE, order = 10)
@StaffPage
public class MeetingsView extends Page {

    static final String GROUP_MEETING = "Group meeting";
    static final String EVENT = "Event";

    final PeriodPicker period;
    final Grid<MeetingInfo> meetings = new Grid<>();
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("What is it?");
    final Select<GroupInfo> group = new Select<>();
    final Select<EventType> eventType = Choices.select("Event type", EventType::label, EventType.values());
    final TextField title = limited(new TextField("Title"), Text.NAME);
    final DateTimePicker startsAt = ukDate(new DateTimePicker("Starts (UK time)"));
    final TextField place = limited(new TextField("Place"), Text.NAME);
    final Checkbox online = new Checkbox("Online");
    final TextField agenda = limited(new TextField("Agenda link"), Text.URL);
    final IntegerField capacity = new IntegerField("Capacity (events)");
    final Button plan = new Button("Plan it");
    final Paragraph message = new Paragraph();
    final ErrorSummary planErrors = new ErrorSummary(group, eventType, title, startsAt, place, agenda, capacity);

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
        meetings.setAriaLabel("Meetings and events");
        meetings.setAllRowsVisible(true);
        add(period, meetings);

        add(new H2("Plan a meeting or event"));
        kind.setItems(GROUP_MEETING, EVENT);
        kind.setValue(GROUP_MEETING);
        group.setLabel("Group");
        group.setItems(planner.groups());
        group.setItemLabelGenerator(GroupInfo::name);
        eventType.setVisible(false);
        capacity.setVisible(false);
        capacity.setMin(1);
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
        title.setRequiredIndicatorVisible(true);
        startsAt.setRequiredIndicatorVisible(true);
        agenda.setHelperText("https://...");
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
        planErrors.required(title, "Enter a title");
        planErrors.required(startsAt, "Enter the day and time it starts, for example 01/04/2027 and 10:00");
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

    private EventType eventTypeOrRefuse() {
        if (eventType.getValue() == null) {
            throw EngagementRefused.invalid("event-type", "Choose the type of event");
        }
        return eventType.getValue();
    }

    private void say(String text) {
        message.setText(text);
    }

    private void refresh() {
        meetings.setItems(planner.meetings(period.value()));
    }
}
