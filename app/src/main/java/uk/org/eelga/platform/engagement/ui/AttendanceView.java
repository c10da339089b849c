package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.engagement.AttendanceEntry;
import uk.org.eelga.platform.engagement.AttendanceLine;
import uk.org.eelga.platform.engagement.AttendanceRegister;
import uk.org.eelga.platform.engagement.AttendanceStatus;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.Fraction;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * The attendance list of one meeting or event: a status and a name per expected seat (or registered delegate),
 * saved together; the figure (attended of expected) updates when saved.
 */
@Route("console/meetings/attendance")
@PageTitle("Attendance | EELGA console")
@StaffPage
public class AttendanceView extends VerticalLayout implements HasUrlParameter<Long> {

    final H1 heading = new H1();
    final Paragraph figure = new Paragraph();
    final Grid<AttendanceLine> lines = new Grid<>();
    final Button markUnrecordedAbsent = new Button("Mark unrecorded as absent");
    final Button save = new Button("Save attendance");
    final Paragraph message = Live.status(new Paragraph());
    final Map<String, Select<AttendanceStatus>> statuses = new HashMap<>();
    final Map<String, TextField> names = new HashMap<>();

    final SeatsNotExpected seatsNotExpected;

    private final MeetingPlanner planner;
    private final AttendanceRegister register;
    private final Caller staff;
    private MeetingInfo meeting;

    AttendanceView(MeetingPlanner planner, AttendanceRegister register, GroupReference groups) {
        this.planner = planner;
        this.register = register;
        this.staff = Callers.current();
        seatsNotExpected = new SeatsNotExpected(groups, staff, this::keepingEditsLoad);
        seatsNotExpected.setVisible(false);
        figure.addClassName("figure");
        figure.getElement().setAttribute("role", "status");
        lines.addColumn(AttendanceLine::councilName)
                .setHeader("Council")
                .setFlexGrow(2)
                .setSortable(true);
        lines.addColumn(AttendanceLine::seat).setHeader("Seat").setAutoWidth(true);
        lines.addComponentColumn(this::statusOf).setHeader("Attendance").setKey("status");
        lines.addComponentColumn(this::nameOf).setHeader("Name").setKey("name").setFlexGrow(2);
        Tables.named(lines, "Attendance list", "No seats are expected at this meeting.");
        lines.setAllRowsVisible(true);
        markUnrecordedAbsent.addClickListener(e -> statuses.values().stream()
                .filter(s -> s.getValue() == null)
                .forEach(s -> s.setValue(AttendanceStatus.ABSENT)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        message.getElement().setAttribute("role", "status");
        add(new RouterLink("Back to meetings and events", MeetingsView.class), heading, figure);
        add(new HorizontalLayout(save, markUnrecordedAbsent), message, lines, seatsNotExpected);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        meeting = id == null ? null : planner.meeting(id).orElse(null);
        if (meeting == null) {
            heading.setText("No such meeting");
            save.setEnabled(false);
            markUnrecordedAbsent.setEnabled(false);
            return;
        }
        heading.setText("Attendance: " + meeting.title() + ", " + UkTime.dateTime(meeting.startsAt()));
        if (meeting.cancelled()) {
            save.setEnabled(false);
            markUnrecordedAbsent.setEnabled(false);
            message.setText("This meeting was cancelled: " + meeting.cancelledReason());
        }
        load();
    }

    private void load() {
        statuses.clear();
        names.clear();
        show();
    }

    /** After a seat is marked or expected again: what was typed and not yet saved stays on the lines that stay. */
    private void keepingEditsLoad() {
        show();
        List<String> kept =
                lines.getListDataView().getItems().map(AttendanceView::key).toList();
        statuses.keySet().retainAll(kept);
        names.keySet().retainAll(kept);
    }

    private void show() {
        List<AttendanceLine> list = register.list(staff, meeting.id());
        lines.setItems(list);
        showFigure(list);
        if (meeting.kind() == MeetingInfo.Kind.MEETING && !meeting.cancelled()) {
            seatsNotExpected.show(meeting, list);
            seatsNotExpected.setVisible(true);
        }
    }

    private void showFigure(List<AttendanceLine> list) {
        long attended = list.stream()
                .filter(l -> l.status() != null && l.status().attended())
                .count();
        long recorded = list.stream().filter(l -> l.status() != null).count();
        Fraction f = new Fraction(attended, list.size());
        figure.setText(
                list.isEmpty()
                        ? "Nobody is expected or registered yet."
                        : recorded == 0
                                ? "No figure yet: attendance is not recorded for any of the " + list.size()
                                        + (list.size() == 1 ? " expected seat." : " expected seats.")
                                : "Attended: " + f + " of "
                                        + (list.size() == 1 ? "the expected seat" : "expected seats") + ".");
    }

    private Select<AttendanceStatus> statusOf(AttendanceLine line) {
        return statuses.computeIfAbsent(key(line), k -> {
            Select<AttendanceStatus> select = new Select<>();
            select.setItems(AttendanceStatus.values());
            select.setItemLabelGenerator(AttendanceStatus::label);
            select.setPlaceholder("Not recorded");
            select.setValue(line.status());
            select.setAriaLabel("Attendance of " + line.councilName() + ", seat " + line.seat());
            return select;
        });
    }

    private TextField nameOf(AttendanceLine line) {
        return names.computeIfAbsent(key(line), k -> {
            TextField name = limited(new TextField(), Text.NAME);
            name.setValue(line.personName() == null ? "" : line.personName());
            name.setAriaLabel("Name of who came from " + line.councilName() + ", seat " + line.seat());
            return name;
        });
    }

    private void save() {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (AttendanceLine line : lines.getListDataView().getItems().toList()) {
            Select<AttendanceStatus> status = statuses.get(key(line));
            if (status != null && status.getValue() != null) {
                TextField name = names.get(key(line));
                entries.add(new AttendanceEntry(
                        line.councilId(),
                        line.seat(),
                        status.getValue(),
                        name == null ? line.personName() : name.getValue(),
                        line.personEmail()));
            }
        }
        try {
            register.record(staff, meeting.id(), entries);
            load();
            message.setText("Attendance saved. " + figure.getText());
        } catch (EngagementRefused refused) {
            message.setText(refused.getMessage());
        }
    }

    private static String key(AttendanceLine line) {
        return line.councilId() + "#" + line.seat();
    }
}
