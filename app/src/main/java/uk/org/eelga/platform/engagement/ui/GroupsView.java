package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import uk.org.eelga.platform.engagement.Audience;
import uk.org.eelga.platform.engagement.EngagementRefused;
import uk.org.eelga.platform.engagement.ExpectedRole;
import uk.org.eelga.platform.engagement.GroupInfo;
import uk.org.eelga.platform.engagement.GroupReference;
import uk.org.eelga.platform.engagement.GroupReference.GroupDetail;
import uk.org.eelga.platform.engagement.GroupReference.Membership;
import uk.org.eelga.platform.engagement.MeetingPlanner;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;

/**
 * Who each group expects, kept by association staff: the roles each council sends (one or more) and, for groups of
 * named councils, the member councils with the dates they sit on it. Every change is audited.
 */
@Route("console/groups")
@PageTitle("Groups and who is expected | EELGA member platform")
@StaffPage
@MenuEntry(label = "Groups and who is expected", area = MenuEntry.Area.CONSOLE, order = 11)
public class GroupsView extends Page {

    private final GroupReference reference;
    private final Caller user = Callers.current();
    final Select<GroupInfo> group = new Select<>();
    final Paragraph audience = new Paragraph();
    final CheckboxGroup<ExpectedRole> roles = new CheckboxGroup<>("Roles each expected council sends");
    final Button saveRoles = new Button("Save roles");
    final Grid<Membership> members = new Grid<>();
    final ComboBox<CouncilSummary> council = new ComboBox<>("Member council");
    final DatePicker from = ukDate(new DatePicker("From"));
    final DatePicker to = ukDate(new DatePicker("To (optional)"));
    final Button join = new Button("Add member");
    final DatePicker endOn = ukDate(new DatePicker("Last day"));
    final Button end = new Button("End the chosen membership");

    GroupsView(GroupReference reference, MeetingPlanner planner, CouncilDirectory councils) {
        super(
                "Groups and who is expected",
                "Expected seats at each meeting follow from these: every expected council sends each role"
                        + " named here; groups of named councils expect their members on the meeting's date. Vacancies at one"
                        + " meeting are recorded on the meeting.");
        this.reference = reference;
        group.setLabel("Group");
        group.setItems(planner.groups());
        group.setItemLabelGenerator(GroupInfo::name);
        roles.setItems(ExpectedRole.values());
        roles.setItemLabelGenerator(ExpectedRole::label);
        saveRoles.addClickListener(e -> saveRoles());
        members.addColumn(Membership::councilName).setHeader("Council");
        members.addColumn(m -> UkTime.date(m.from())).setHeader("From");
        members.addColumn(m -> m.to() == null ? "Open" : UkTime.date(m.to())).setHeader("To");
        members.setAllRowsVisible(true);
        members.setAriaLabel("Member councils with their dates");
        council.setItems(councils.all());
        council.setItemLabelGenerator(CouncilSummary::name);
        join.addClickListener(e -> join());
        end.addClickListener(e -> end());
        add(
                group,
                audience,
                new H2("Roles"),
                roles,
                saveRoles,
                new H2("Member councils"),
                members,
                new HorizontalLayout(council, from, to, join),
                new HorizontalLayout(endOn, end));
        group.addValueChangeListener(e -> show());
    }

    void show() {
        if (group.getValue() == null) {
            return;
        }
        GroupDetail detail = reference.detail(group.getValue().id());
        audience.setText("Expects: " + detail.group().audience().label() + ".");
        roles.setValue(detail.roles().stream()
                .map(GroupReference.RoleSeats::role)
                .collect(java.util.stream.Collectors.toSet()));
        members.setItems(detail.memberships());
        boolean named = detail.group().audience() == Audience.NAMED_COUNCILS;
        council.setEnabled(named);
        join.setEnabled(named);
        end.setEnabled(named);
    }

    void saveRoles() {
        attempt(() -> reference.setRoles(
                user,
                group.getValue().id(),
                roles.getValue().stream()
                        .sorted()
                        .map(r -> new GroupReference.RoleSeats(r, 1))
                        .toList()));
    }

    void join() {
        attempt(() -> reference.addMembership(
                user,
                group.getValue().id(),
                new GroupReference.NewMembership(
                        council.getValue() == null ? null : council.getValue().id(), from.getValue(), to.getValue())));
    }

    void end() {
        List<Membership> chosen = List.copyOf(members.getSelectedItems());
        if (chosen.isEmpty()) {
            Notification.show("Choose the membership to end in the list first.");
            return;
        }
        attempt(() ->
                reference.endMembership(user, chosen.get(0).id(), new GroupReference.MembershipEnd(endOn.getValue())));
    }

    private void attempt(Runnable change) {
        if (group.getValue() == null) {
            Notification.show("Choose a group first.");
            return;
        }
        try {
            change.run();
            Notification.show("Saved.");
        } catch (EngagementRefused e) {
            Notification.show(e.getMessage());
        }
        show();
    }
}
