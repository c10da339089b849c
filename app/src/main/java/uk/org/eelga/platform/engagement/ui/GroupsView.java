package uk.org.eelga.platform.engagement.ui;

import static uk.org.eelga.tenancy.ui.UkDates.ukDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import uk.org.eelga.platform.engagement.Audience;
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
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;

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
    private final MeetingPlanner planner;
    final TextField code = new TextField("Short code");
    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description (optional)");
    final Select<Audience> newAudience = new Select<>();
    final CheckboxGroup<ExpectedRole> newRoles = new CheckboxGroup<>("Roles each expected council sends");
    final IntegerField meetingsPerYear = new IntegerField("Meetings a year");
    final Button create = new Button("Add group");
    final ErrorSummary createErrors = new ErrorSummary(code, name, description, newAudience, newRoles, meetingsPerYear);
    final SuccessMessage created = new SuccessMessage();
    final Select<GroupInfo> group = new Select<>();
    final Paragraph audience = new Paragraph();
    final TextField detailsName = new TextField("Name");
    final TextArea detailsDescription = new TextArea("Description (optional)");
    final IntegerField detailsMeetings = new IntegerField("Meetings a year");
    final Button saveDetails = new Button("Save details");
    final CheckboxGroup<ExpectedRole> roles = new CheckboxGroup<>("Roles each expected council sends");
    final Button saveRoles = new Button("Save roles");
    final Grid<Membership> members = new Grid<>();
    final ComboBox<CouncilSummary> council = new ComboBox<>("Member council");
    final DatePicker from = ukDate(new DatePicker("From"));
    final DatePicker to = ukDate(new DatePicker("To (optional)"));
    final Button join = new Button("Add member");
    final DatePicker endOn = ukDate(new DatePicker("Last day"));
    final Button end = new Button("End the chosen membership");
    final ErrorSummary errors =
            new ErrorSummary(group, detailsName, detailsDescription, detailsMeetings, roles, council, from, to, endOn);
    final SuccessMessage said = new SuccessMessage();

    GroupsView(GroupReference reference, MeetingPlanner planner, CouncilDirectory councils) {
        super(
                "Groups and who is expected",
                "Expected seats at each meeting follow from these: every expected council sends each role"
                        + " named here; groups of named councils expect their members on the meeting's date. Vacancies at one"
                        + " meeting are recorded on the meeting's attendance page.");
        this.reference = reference;
        this.planner = planner;
        code.setHelperText("Lower-case letters, digits or hyphens, for example chief-executives");
        newAudience.setLabel("Who is expected");
        newAudience.setItems(Audience.values());
        newAudience.setItemLabelGenerator(Audience::label);
        newRoles.setItems(ExpectedRole.values());
        newRoles.setItemLabelGenerator(ExpectedRole::label);
        meetingsPerYear.setMin(0);
        meetingsPerYear.setMax(52);
        create.addClickListener(e -> createGroup());
        group.setLabel("Group");
        group.setItems(planner.groups());
        group.setItemLabelGenerator(GroupInfo::name);
        detailsMeetings.setMin(0);
        detailsMeetings.setMax(52);
        saveDetails.addClickListener(e -> saveDetails());
        roles.setItems(ExpectedRole.values());
        roles.setItemLabelGenerator(ExpectedRole::label);
        saveRoles.addClickListener(e -> saveRoles());
        NarrowScreens.TextColumns<Membership> columns = NarrowScreens.textColumns(members);
        columns.add("Council", Membership::councilName);
        columns.add("From", m -> UkTime.date(m.from()));
        columns.add("To", m -> m.to() == null ? "Open" : UkTime.date(m.to()));
        columns.cards("Member", Membership::councilName);
        members.setAllRowsVisible(true);
        Tables.named(members, "Member councils with their dates", "No member councils recorded for this group.");
        council.setItems(councils.all());
        council.setItemLabelGenerator(CouncilSummary::name);
        join.addClickListener(e -> join());
        end.addClickListener(e -> end());
        add(
                new H2("Add a group"),
                createErrors,
                created,
                code,
                name,
                description,
                newAudience,
                newRoles,
                meetingsPerYear,
                create,
                new H2("Change a group"),
                errors,
                said,
                group,
                audience,
                new H2("Details"),
                new Paragraph("The short code and who is expected stay as they are: framework measures find the"
                        + " group by its code."),
                detailsName,
                detailsDescription,
                detailsMeetings,
                saveDetails,
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
        detailsName.setValue(detail.group().name());
        detailsDescription.setValue(
                detail.group().description() == null ? "" : detail.group().description());
        detailsMeetings.setValue(detail.group().meetingsPerYear());
        roles.setValue(detail.roles().stream()
                .map(GroupReference.RoleSeats::role)
                .collect(java.util.stream.Collectors.toSet()));
        members.setItems(detail.memberships());
        boolean named = detail.group().audience() == Audience.NAMED_COUNCILS;
        council.setEnabled(named);
        join.setEnabled(named);
        end.setEnabled(named);
    }

    void createGroup() {
        createErrors.restart(created);
        createErrors.required(code, "Enter a short code");
        createErrors.required(name, "Enter the group's name");
        createErrors.required(newAudience, "Select who is expected");
        createErrors.required(newRoles, "Select the roles each expected council sends");
        if (meetingsPerYear.getValue() == null) {
            createErrors.add(meetingsPerYear, "Enter meetings a year, a whole number from 0 to 52");
        }
        createErrors.tryIfNone(
                () -> {
                    GroupDetail made = reference.createGroup(
                            user,
                            new GroupReference.NewGroup(
                                    code.getValue(),
                                    name.getValue(),
                                    description.getValue().isBlank() ? null : description.getValue(),
                                    newAudience.getValue(),
                                    newRoles.getValue().stream()
                                            .sorted()
                                            .map(r -> new GroupReference.RoleSeats(r, 1))
                                            .toList(),
                                    meetingsPerYear.getValue()));
                    created.show("Group added: " + made.group().name() + ".");
                    code.clear();
                    name.clear();
                    description.clear();
                    newAudience.clear();
                    newRoles.clear();
                    meetingsPerYear.clear();
                    choose(made.group().id());
                },
                Map.of(
                        "code", code,
                        "group-exists", code,
                        "name", name,
                        "description", description,
                        "meetings-per-year", meetingsPerYear));
    }

    void saveDetails() {
        errors.restart(said);
        if (group.getValue() == null) {
            errors.add(group, "Select a group first");
        }
        errors.required(detailsName, "Enter the group's name");
        if (detailsMeetings.getValue() == null) {
            errors.add(detailsMeetings, "Enter meetings a year, a whole number from 0 to 52");
        }
        errors.tryIfNone(
                () -> {
                    GroupDetail saved = reference.correctGroup(
                            user,
                            group.getValue().id(),
                            new GroupReference.GroupDetails(
                                    detailsName.getValue(),
                                    detailsDescription.getValue().isBlank() ? null : detailsDescription.getValue(),
                                    detailsMeetings.getValue()));
                    choose(saved.group().id());
                    said.show("Details saved for " + saved.group().name() + ".");
                },
                Map.of(
                        "name", detailsName,
                        "group-exists", detailsName,
                        "description", detailsDescription,
                        "meetings-per-year", detailsMeetings));
    }

    /** The groups again (a name may have changed), with the group of {@code id} chosen and shown. */
    private void choose(long id) {
        group.setItems(planner.groups());
        group.setValue(group.getListDataView()
                .getItems()
                .filter(g -> g.id() == id)
                .findFirst()
                .orElse(null));
    }

    void saveRoles() {
        errors.restart(said);
        errors.required(roles, "Select the roles each expected council sends");
        attempt(
                () -> reference.setRoles(
                        user,
                        group.getValue().id(),
                        roles.getValue().stream()
                                .sorted()
                                .map(r -> new GroupReference.RoleSeats(r, 1))
                                .toList()),
                "Roles saved for " + groupName() + ".",
                Map.of("role", roles, "roles", roles));
    }

    void join() {
        errors.restart(said);
        errors.required(council, "Select the member council");
        errors.required(from, "Enter the date the council joins");
        errors.optionalDate(to);
        attempt(
                () -> reference.addMembership(
                        user,
                        group.getValue().id(),
                        new GroupReference.NewMembership(
                                council.getValue() == null
                                        ? null
                                        : council.getValue().id(),
                                from.getValue(),
                                to.getValue())),
                (council.getValue() == null ? "" : council.getValue().name()) + " added to " + groupName() + ".",
                Map.of("councilId", council, "from", from, "to", to));
    }

    void end() {
        errors.restart(said);
        List<Membership> chosen = List.copyOf(members.getSelectedItems());
        if (chosen.isEmpty()) {
            errors.problem("Choose the membership to end in the list first");
        }
        errors.required(endOn, "Enter the last day of the membership");
        attempt(
                () -> reference.endMembership(
                        user, chosen.get(0).id(), new GroupReference.MembershipEnd(endOn.getValue())),
                chosen.isEmpty() ? "" : chosen.get(0).councilName() + "'s membership of " + groupName() + " ended.",
                Map.of("to", endOn));
    }

    private String groupName() {
        return group.getValue() == null ? "" : group.getValue().name();
    }

    /** Checks already added; a group must be chosen; the step's refusal is shown at its field. */
    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> void attempt(
            Runnable change, String done, Map<String, F> fieldsByCode) {
        if (group.getValue() == null) {
            errors.add(group, "Select a group first");
        }
        errors.tryIfNone(
                () -> {
                    change.run();
                    said.show(done);
                    show();
                },
                fieldsByCode);
    }
}
