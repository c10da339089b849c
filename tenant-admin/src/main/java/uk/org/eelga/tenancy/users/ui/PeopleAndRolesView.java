package uk.org.eelga.tenancy.users.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.users.CouncilMemberView;
import uk.org.eelga.tenancy.users.CouncilUserAdmin;
import uk.org.eelga.tenancy.users.Invitation;
import uk.org.eelga.tenancy.users.InvitationOutcome;

/** A council admin's page for their own council's people: invite, change roles, deactivate. */
@Route("portal/people")
@PageTitle("People and roles | EELGA member platform")
@MenuEntry(label = "People and roles", area = MenuEntry.Area.PORTAL, order = 50)
@RolesAllowed(Roles.COUNCIL_ADMIN)
@Prototype
public class PeopleAndRolesView extends VerticalLayout {

    static final List<Role> COUNCIL_ROLES = List.of(Role.COUNCIL_OFFICER, Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN);

    private final CouncilUserAdmin users;
    private final Caller viewer;
    private final TenantId council;
    private final Grid<CouncilMemberView> grid = new Grid<>(CouncilMemberView.class, false);
    private final Paragraph message = Live.status(new Paragraph());

    PeopleAndRolesView(CouncilUserAdmin users) {
        this.users = users;
        this.viewer = Callers.current();
        this.council = viewer.council();

        grid.addColumn(CouncilMemberView::name).setHeader("Name").setKey("name");
        grid.addColumn(CouncilMemberView::email).setHeader("Email").setKey("email");
        grid.addColumn(m -> m.enabled() ? "Active" : "Deactivated")
                .setHeader("Status")
                .setKey("status");
        grid.addColumn(m -> String.join(", ", labels(m.roles())))
                .setHeader("Roles")
                .setKey("roles");
        // the roles and their buttons get the room, and wrap rather than sit past the table's edge
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setFlexGrow(2)
                .setWidth("20em");
        NarrowScreens.cards(grid, "Person", m -> new NarrowScreens.Card(m.name())
                .row("Email", m.email())
                .row("Status", m.enabled() ? "Active" : "Deactivated")
                .row("Roles", String.join(", ", labels(m.roles())))
                .actions(actions(m)));
        // everyone is listed, the person just invited too (no three-row window)
        grid.setAllRowsVisible(true);

        add(new H1("People and roles"), message, grid, new H2("Invite someone"), inviteForm());
        refresh();
    }

    private HorizontalLayout actions(CouncilMemberView member) {
        CheckboxGroup<Role> roles = roleChoice("Roles of " + member.name());
        roles.setValue(Set.copyOf(COUNCIL_ROLES.stream()
                .filter(role -> member.roles().contains(role.claim()))
                .toList()));
        Button save = new Button(
                "Save roles",
                click -> act(() -> users.changeRoles(
                        viewer,
                        council,
                        member.id(),
                        roles.getValue().stream().map(Role::claim).toList())));
        save.getElement().setAttribute("aria-label", "Save roles of " + member.name());
        Button deactivate =
                new Button("Deactivate", click -> act(() -> users.deactivate(viewer, council, member.id())));
        deactivate.getElement().setAttribute("aria-label", "Deactivate " + member.name());
        deactivate.setEnabled(member.enabled() && !member.id().equals(viewer.subject()));
        HorizontalLayout actions = new HorizontalLayout(roles, save, deactivate);
        actions.setWrap(true);
        return actions;
    }

    private VerticalLayout inviteForm() {
        EmailField email = limited(new EmailField("Email address"), Text.EMAIL);
        TextField first = limited(new TextField("First name"), Invitation.NAME_MAX);
        TextField last = limited(new TextField("Last name"), Invitation.NAME_MAX);
        CheckboxGroup<Role> roles = roleChoice("Roles");
        roles.setValue(Set.of(Role.COUNCIL_OFFICER));
        Button invite = new Button("Send invitation", click -> {
            InvitationOutcome[] outcome = new InvitationOutcome[1];
            if (act(() -> outcome[0] = users.invite(
                    viewer,
                    council,
                    new Invitation(
                            email.getValue(),
                            first.getValue(),
                            last.getValue(),
                            roles.getValue().stream().map(Role::claim).toList())))) {
                // what happened, as it is: sent, or the account made but the email not sent, or what is left
                message.setText(outcome[0].message());
                if (outcome[0].sent()) {
                    email.clear();
                    first.clear();
                    last.clear();
                }
            }
        });
        return new VerticalLayout(new HorizontalLayout(email, first, last), roles, invite);
    }

    private static CheckboxGroup<Role> roleChoice(String label) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(label);
        roles.setItems(COUNCIL_ROLES);
        roles.setItemLabelGenerator(Role::label);
        return roles;
    }

    private boolean act(Supplier<?> action) {
        try {
            action.get();
            message.setText("Saved.");
            refresh();
            return true;
        } catch (ActionRefused | NotFoundForCaller | KeycloakUnavailable e) {
            message.setText(e.getMessage());
            return false;
        }
    }

    private void refresh() {
        grid.setItems(users.list(viewer, council));
    }

    private static List<String> labels(List<String> claims) {
        return COUNCIL_ROLES.stream()
                .filter(role -> claims.contains(role.claim()))
                .map(Role::label)
                .toList();
    }
}
