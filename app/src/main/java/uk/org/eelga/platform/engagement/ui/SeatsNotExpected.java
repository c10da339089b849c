package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.engagement.AttendanceLine;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.ExpectedRole;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.GroupReference.SeatException;
import uk.org.eelga.platform.engagement.MeetingInfo;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/**
 * The part of a group meeting's attendance page that says which seats are not expected at it (a vacancy, a council
 * with no chief executive that year), marks another, or expects one again. The attendance list and its figure
 * follow, so the page reloads them after each change ({@code changed}).
 */
class SeatsNotExpected extends VerticalLayout {

    static final String NONE = "Every seat of the expected councils is expected.";

    final UnorderedList exceptions = new UnorderedList();
    final Paragraph none = new Paragraph(NONE);
    final ComboBox<Council> council = new ComboBox<>("Council");
    final Select<ExpectedRole> role = new Select<>();
    final TextArea reason = limited(new TextArea("Reason"), Text.REASON);
    final Button mark = new Button("Mark the seat as not expected");
    final ErrorSummary errors = new ErrorSummary(council, role, reason);
    final SuccessMessage said = new SuccessMessage();

    private final GroupReference groups;
    private final Caller staff;
    private final Runnable changed;
    private MeetingInfo meeting;

    /** A council expected at the meeting, as the list names it. */
    record Council(String id, String name) {}

    SeatsNotExpected(GroupReference groups, Caller staff, Runnable changed) {
        this.groups = groups;
        this.staff = staff;
        this.changed = changed;
        setPadding(false);
        council.setItemLabelGenerator(Council::name);
        role.setLabel("Role");
        role.setItemLabelGenerator(ExpectedRole::label);
        reason.setHelperText("For example, no chief executive in post, or the seat is vacant");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.addClickListener(e -> mark());
        exceptions.getElement().setAttribute("aria-label", "Seats not expected at this meeting");
        add(
                new H2("Seats not expected at this meeting"),
                new Paragraph("A vacancy, or a council with no chief executive that year: the seat leaves the"
                        + " attendance list and the figures. A seat with attendance recorded was expected."),
                errors,
                said,
                none,
                exceptions,
                council,
                role,
                reason,
                mark);
    }

    /** Shows the meeting's seats not expected; the councils offered are those expected now ({@code lines}). */
    void show(MeetingInfo meeting, List<AttendanceLine> lines) {
        this.meeting = meeting;
        role.setItems(groups.detail(meeting.groupId()).roles().stream()
                .map(GroupReference.RoleSeats::role)
                .toList());
        council.setItems(lines.stream()
                .map(l -> new Council(l.councilId(), l.councilName()))
                .distinct()
                .toList());
        List<SeatException> marked = groups.seatExceptions(meeting.id());
        exceptions.removeAll();
        marked.forEach(x -> exceptions.add(item(x)));
        none.setVisible(marked.isEmpty());
        exceptions.setVisible(!marked.isEmpty());
    }

    private ListItem item(SeatException x) {
        Button again = new Button("Expect this seat again", e -> expectAgain(x));
        again.getElement().setAttribute("aria-label", "Expect " + seat(x.councilName(), x.role()) + " again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new ListItem(
                new Span(x.councilName() + ", " + x.role().label().toLowerCase() + ": " + x.reason() + " "), again);
    }

    void mark() {
        errors.restart(said);
        errors.required(council, "Select the council");
        errors.required(role, "Select the role whose seat is not expected");
        errors.required(reason, "Enter the reason the seat is not expected");
        errors.tryIfNone(
                () -> {
                    SeatException made = groups.addSeatException(
                            staff,
                            meeting.id(),
                            new GroupReference.NewSeatException(
                                    council.getValue().id(), role.getValue(), reason.getValue()));
                    council.clear();
                    role.clear();
                    reason.clear();
                    changed.run();
                    said.show(seat(made.councilName(), made.role()) + " is no longer expected at this meeting.");
                },
                Map.of("council", council, "role", role, "reason", reason, "attendance-recorded", council));
    }

    private void expectAgain(SeatException x) {
        errors.restart(said);
        try {
            groups.removeSeatException(staff, meeting.id(), x.id());
            changed.run();
            said.show(seat(x.councilName(), x.role()) + " is expected again.");
        } catch (EngagementRefused refused) {
            errors.refused(refused);
            changed.run();
        }
    }

    private static String seat(String council, ExpectedRole role) {
        return council + "'s " + role.label().toLowerCase() + " seat";
    }
}
