package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.audit.AuditEntry;
import uk.org.eelga.tenancy.audit.ui.AuditLogView;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.reconcile.ui.ReconcileView;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.users.CouncilMemberView;
import uk.org.eelga.tenancy.users.ui.PeopleAndRolesView;

/** The council admin's People and roles and Audit log pages, and the console's Keycloak check, browserless. */
@BrowserlessPages
class TenantAdminViewsIT {

    static final Caller NORWICH_ADMIN = new Caller(
            "subject-norwich-admin",
            "admin@norwich.demo",
            "Admin of Norwich",
            Set.of(Role.COUNCIL_ADMIN, Role.COUNCIL_OFFICER),
            Fixtures.NORWICH,
            "Norwich City Council");

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    CouncilSuspension suspension;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @AfterEach
    void stop() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_council_admin_sees_only_their_councils_people_and_cannot_invite_another_councils_address() {
        BrowserlessUi.signIn(NORWICH_ADMIN);
        navigateAsNorwich(PeopleAndRolesView.class);

        @SuppressWarnings("unchecked")
        Grid<CouncilMemberView> grid = _get(Grid.class);
        assertThat(GridRows.of(grid))
                .extracting(CouncilMemberView::email)
                .contains("officer@norwich.demo", "leader@norwich.demo")
                .allMatch(email -> email.endsWith("@norwich.demo"));

        _get(EmailField.class, spec -> spec.withLabel("Email address")).setValue("intruder@cambridge.demo");
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("In");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Truder");
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));

        // the refusal is shown at the address, and listed in the form's summary
        EmailField address = _get(EmailField.class, spec -> spec.withLabel("Email address"));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).contains("Only addresses of norwich.demo");
        assertThat(_find(ErrorSummary.class).stream().flatMap(summary -> summary.messages().stream()))
                .anyMatch(message -> message.contains("Only addresses of norwich.demo"));
        assertThat(keycloak.findUserByEmail("intruder@cambridge.demo")).isEmpty();
    }

    @Test
    void when_the_invitation_email_cannot_go_the_page_says_the_account_was_made_and_to_invite_again() {
        String invited = "page.invited@norwich.demo";
        keycloak.deleteUserByEmail(invited);
        try {
            BrowserlessUi.signIn(NORWICH_ADMIN);
            navigateAsNorwich(PeopleAndRolesView.class);
            // no SMTP server listens for Keycloak here: the email fails, the account is made
            _get(EmailField.class, spec -> spec.withLabel("Email address")).setValue(invited);
            _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Page");
            _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Invited");
            try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
                _click(_get(Button.class, spec -> spec.withText("Send invitation")));
            }

            assertThat(_find(Paragraph.class))
                    .anyMatch(p -> p.getText().contains("The account of " + invited + " was created")
                            && p.getText().contains("could not be sent")
                            && p.getText().contains("again"));
            assertThat(_find(Paragraph.class)).noneMatch(p -> p.getText().startsWith("Invitation sent"));
            assertThat(keycloak.findUserByEmail(invited)).isPresent();
        } finally {
            keycloak.deleteUserByEmail(invited);
        }
    }

    @Test
    void an_officer_cannot_open_people_and_roles() {
        BrowserlessUi.signIn(Fixtures.NORA);
        navigateAsNorwich(PeopleAndRolesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }

    @Test
    void a_council_admin_sees_their_own_councils_audit_entries_only() {
        suspension.suspend(Fixtures.CAMBRIDGE, Fixtures.associationAdmin(), "cambridge matter");
        suspension.restore(Fixtures.CAMBRIDGE, Fixtures.associationAdmin(), "settled");
        suspension.suspend(Fixtures.NORWICH, Fixtures.associationAdmin(), "norwich matter");
        suspension.restore(Fixtures.NORWICH, Fixtures.associationAdmin(), "settled");
        BrowserlessUi.signIn(NORWICH_ADMIN);
        navigateAsNorwich(AuditLogView.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridRows.of(grid)).hasSize(2).allMatch(entry -> "norwich".equals(entry.council()));
    }

    @Test
    void the_audit_log_names_the_person_who_acted_where_a_name_is_known_and_shows_the_address_otherwise()
            throws Exception {
        // (restored again: a suspended council's admin is kept out of the platform)
        suspension.suspend(Fixtures.NORWICH, Fixtures.associationAdmin(), "norwich matter");
        suspension.restore(Fixtures.NORWICH, Fixtures.associationAdmin(), "settled");
        try (var owner = TestDatabase.asOwner();
                var statement = owner.createStatement()) {
            // entries written before names were kept: one by a council person the platform knows, one by nobody known
            statement.execute("select set_config('app.tenant_id', 'norwich', false)");
            statement.executeUpdate("insert into council_user (tenant_id, subject, email, display_name, roles,"
                    + " first_signed_in_at, last_signed_in_at) values ('norwich', 'subject-nia', 'nia@norwich.demo',"
                    + " 'Nia Officer', 'council-officer', now(), now())");
            statement.executeUpdate("insert into audit_event (at, actor_subject, actor_email, council_id, action)"
                    + " values (now() - interval '1 day', 'subject-nia', 'NIA@norwich.demo', 'norwich',"
                    + " 'user.invited'), (now() - interval '2 days', 'subject-x', 'x@elsewhere.example', 'norwich',"
                    + " 'user.invited')");
        }
        BrowserlessUi.signIn(NORWICH_ADMIN);
        navigateAsNorwich(AuditLogView.class);

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class);
        assertThat(GridRows.of(grid))
                .extracting(AuditEntry::actorName)
                .containsExactly("Alex Admin", "Alex Admin", "Nia Officer", null);
        java.util.List<String> sentences = java.util.stream.IntStream.range(0, 4)
                .mapToObj(row -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row)
                        .get(0))
                .toList();
        assertThat(sentences.get(0)).startsWith("Alex Admin restored Norwich City Council");
        assertThat(sentences.get(1)).startsWith("Alex Admin suspended Norwich City Council");
        assertThat(sentences.get(2)).startsWith("Nia Officer invited a person to Norwich City Council");
        assertThat(sentences.get(3)).startsWith("x@elsewhere.example invited a person");

        // the name is searchable like the address
        _get(TextField.class, spec -> spec.withLabel("Who (name or email)")).setValue("nia off");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(GridRows.of(grid)).extracting(AuditEntry::actorEmail).containsExactly("NIA@norwich.demo");
    }

    @Test
    void staff_see_the_keycloak_check() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(ReconcileView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Sign-in accounts and the council register");
    }

    private static void navigateAsNorwich(Class<? extends com.vaadin.flow.component.Component> view) {
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
            UI.getCurrent().navigate(view);
        }
    }
}
