package uk.org.eelga.tenancy.users.ui;

import static uk.org.eelga.tenancy.ui.FieldLimits.limited;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Refusal;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.FormRow;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.ui.Tables;
import uk.org.eelga.tenancy.users.CouncilMemberView;
import uk.org.eelga.tenancy.users.CouncilUserAdmin;
import uk.org.eelga.tenancy.users.Invitation;
import uk.org.eelga.tenancy.users.InvitationOutcome;

/**
 * One council's people with their roles, and the form that invites someone to it: what a council admin sees of their
 * own council ({@link PeopleAndRolesView}) and an association admin of any council ({@link CouncilPeopleView}). The
 * service decides whether {@code viewer} may act on {@code council}; the panel only shows what it answers.
 */
class PeoplePanel extends VerticalLayout {

    static final List<Role> COUNCIL_ROLES = List.of(Role.COUNCIL_OFFICER, Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN);

    /** Said instead of the sign-in service's own words (its address, an HTTP status) when it does not answer. */
    static final String SIGN_IN_SERVICE_DOWN =
            "The sign-in service did not answer, so nothing was changed. Try again in a few minutes.";

    final Grid<CouncilMemberView> grid = new Grid<>(CouncilMemberView.class, false);
    /** What a change in the table did, above the table. */
    final SuccessMessage saved = Live.polite(new SuccessMessage());
    /** An invitation sent, above the form where the person acted. */
    final SuccessMessage invited = Live.polite(new SuccessMessage());
    /** An invitation that did only part of its work: what exists now, in words. */
    final Paragraph partly = Live.status(new Paragraph());

    final ErrorSummary tableErrors = new ErrorSummary();
    final EmailField email = limited(new EmailField("Email address"), Text.EMAIL);
    final TextField first = limited(new TextField("First name"), Invitation.NAME_MAX);
    final TextField last = limited(new TextField("Last name"), Invitation.NAME_MAX);
    final CheckboxGroup<Role> roles = roleChoice("Roles");
    final Button invite = new Button("Send invitation");
    final ErrorSummary inviteErrors = new ErrorSummary(email, first, last, roles);

    private final CouncilUserAdmin users;
    private final Caller viewer;
    private final TenantId council;

    PeoplePanel(CouncilUserAdmin users, Caller viewer, TenantId council, String councilName) {
        this.users = users;
        this.viewer = viewer;
        this.council = council;
        setPadding(false);

        grid.addColumn(CouncilMemberView::name).setHeader("Name").setKey("name");
        grid.addColumn(CouncilMemberView::email).setHeader("Email").setKey("email");
        grid.addColumn(PeoplePanel::status).setHeader("Status").setKey("status");
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
                .row("Status", status(m))
                .row("Roles", String.join(", ", labels(m.roles())))
                .actions(actions(m)));
        // everyone is listed, the person just invited too (no three-row window)
        grid.setAllRowsVisible(true);
        Tables.named(grid, "People of " + councilName, "Nobody from this council is on the platform yet.");

        email.setHelperText("An address of the council's own email domain");
        roles.setValue(Set.of(Role.COUNCIL_OFFICER));
        partly.setVisible(false);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> invite());

        add(
                saved,
                tableErrors,
                grid,
                new H2("Invite someone"),
                invited,
                partly,
                inviteErrors,
                FormRow.of(email, first, last),
                roles,
                invite);
        refresh();
    }

    private void invite() {
        tableErrors.restart(saved);
        tell("");
        inviteErrors.restart(invited);
        inviteErrors.required(email, "Enter the person's email address");
        inviteErrors.required(first, "Enter their first name");
        inviteErrors.required(last, "Enter their last name");
        inviteErrors.required(roles, "Choose at least one role");
        inviteErrors.tryIfNone(
                () -> {
                    InvitationOutcome outcome = plainly(
                            inviteErrors,
                            () -> users.invite(
                                    viewer,
                                    council,
                                    new Invitation(
                                            email.getValue(),
                                            first.getValue(),
                                            last.getValue(),
                                            roles.getValue().stream()
                                                    .map(Role::claim)
                                                    .toList())));
                    if (outcome != null) {
                        show(outcome, email.getValue().strip());
                    }
                },
                Map.of(
                        "bad-email", email,
                        "foreign-domain", email,
                        "taken", email,
                        "bad-name", first,
                        "no-role", roles,
                        "not-a-council-role", roles));
    }

    /** What came of the invitation, in words: sent; the account made but no email; a step that failed part way. */
    private void show(InvitationOutcome outcome, String address) {
        switch (outcome.kind()) {
            case INVITED -> {
                invited.show("Invitation sent to " + address + ". The email asks them to choose a password.");
                email.clear();
                first.clear();
                last.clear();
                roles.setValue(Set.of(Role.COUNCIL_OFFICER));
            }
            case NOT_SENT -> tell("The account of " + address
                    + " was created with its roles, but the invitation email could not be sent. Invite " + address
                    + " again to send it.");
            case INCOMPLETE -> tell("Inviting " + address
                    + " stopped part way, and no invitation email was sent. "
                    + (outcome.member() == null
                            ? "Try again in a few minutes."
                            : "An account for " + address + " exists but may not have all its roles: look at it in"
                                    + " the list and invite " + address + " again to complete it, or deactivate it."));
        }
        refresh();
    }

    /** Says what part of an invitation was done; nothing said, nothing shown (no empty line above the form). */
    private void tell(String text) {
        partly.setText(text);
        partly.setVisible(!text.isEmpty());
    }

    private HorizontalLayout actions(CouncilMemberView member) {
        CheckboxGroup<Role> chosen = roleChoice("Roles of " + member.name());
        chosen.setValue(Set.copyOf(COUNCIL_ROLES.stream()
                .filter(role -> member.roles().contains(role.claim()))
                .toList()));
        Button save = new Button(
                "Save roles",
                click -> act(
                        () -> users.changeRoles(
                                viewer,
                                council,
                                member.id(),
                                chosen.getValue().stream().map(Role::claim).toList()),
                        "The roles of " + member.name() + " are saved."));
        save.getElement().setAttribute("aria-label", "Save roles of " + member.name());
        Button deactivate = new Button(
                "Deactivate",
                click -> act(
                        () -> users.deactivate(viewer, council, member.id()),
                        member.name() + " is deactivated and signed out."));
        deactivate.getElement().setAttribute("aria-label", "Deactivate " + member.name());
        deactivate.setEnabled(member.enabled() && !member.id().equals(viewer.subject()));
        HorizontalLayout actions = new HorizontalLayout(chosen, save, deactivate);
        actions.setWrap(true);
        return actions;
    }

    private void act(Supplier<?> action, String done) {
        inviteErrors.restart(invited);
        tell("");
        tableErrors.restart(saved);
        tableErrors.tryIfNone(() -> {
            if (plainly(tableErrors, action) != null) {
                saved.show(done);
                refresh();
            }
        });
    }

    /**
     * Takes the step; when the sign-in service does not answer, says so in plain words in {@code errors} and gives
     * null (the service's own sentence names the service's address and status, which are not for this page).
     */
    private static <T> T plainly(ErrorSummary errors, Supplier<T> step) {
        try {
            return step.get();
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.UNAVAILABLE) {
                throw refused;
            }
            errors.problem(SIGN_IN_SERVICE_DOWN);
            errors.showIfAny();
            return null;
        }
    }

    private void refresh() {
        try {
            grid.setItems(users.list(viewer, council));
        } catch (Refusal refused) {
            grid.setItems(List.of());
            if (refused.kind() == Refusal.Kind.UNAVAILABLE) {
                tableErrors.problem(SIGN_IN_SERVICE_DOWN);
                tableErrors.showIfAny();
            } else {
                tableErrors.refused(refused);
            }
        }
    }

    private static String status(CouncilMemberView member) {
        return member.enabled() ? "Active" : "Deactivated";
    }

    private static CheckboxGroup<Role> roleChoice(String label) {
        CheckboxGroup<Role> choice = new CheckboxGroup<>(label);
        choice.setItems(COUNCIL_ROLES);
        choice.setItemLabelGenerator(Role::label);
        return choice;
    }

    private static List<String> labels(List<String> claims) {
        return COUNCIL_ROLES.stream()
                .filter(role -> claims.contains(role.claim()))
                .map(Role::label)
                .toList();
    }
}
