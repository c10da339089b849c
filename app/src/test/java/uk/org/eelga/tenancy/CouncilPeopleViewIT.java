package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.ui.ErrorSummary;
import uk.org.eelga.tenancy.ui.SuccessMessage;
import uk.org.eelga.tenancy.users.CouncilMemberView;

/**
 * The console's page for one council's people, browserless: an association admin gives a council a person from the
 * Member councils list (the fresh install's only way in was the API); nobody else opens it.
 */
@BrowserlessPages
class CouncilPeopleViewIT {

    static final String INVITED = "first.person@norwich.demo";
    static final Caller NORWICH_ADMIN = new Caller(
            "subject-norwich-admin",
            "admin@norwich.demo",
            "Admin of Norwich",
            Set.of(Role.COUNCIL_ADMIN, Role.COUNCIL_OFFICER),
            Fixtures.NORWICH,
            "Norwich City Council");

    static GreenMail smtp;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeAll
    static void startMail() {
        smtp = InvitationMail.start();
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
        keycloak.deleteUserByEmail(INVITED);
    }

    @Test
    void an_association_admin_follows_the_people_link_of_a_council_in_the_member_councils_list() {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        UI.getCurrent().navigate(CouncilsView.class);
        @SuppressWarnings("unchecked")
        Grid<CouncilsView.CouncilRow> councils = _get(Grid.class);
        List<String> names = GridRows.of(councils).stream()
                .map(CouncilsView.CouncilRow::name)
                .toList();
        Anchor people = GridKt._getCellComponent(councils, names.indexOf("Norwich City Council"), "action")
                .getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(people.getText()).isEqualTo("People");
        // the accessible name starts with the visible text (WCAG 2.5.3) and says whose people
        assertThat(people.getElement().getAttribute("aria-label")).isEqualTo("People of Norwich City Council");
        assertThat(people.getHref()).isEqualTo("console/people/norwich");

        UI.getCurrent().navigate(people.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("People of Norwich City Council");
    }

    @Test
    void an_association_admin_lists_every_problem_of_an_empty_form_then_invites_norwichs_person() {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        UI.getCurrent().navigate("console/people/norwich");
        assertThat(_get(H1.class).getText()).isEqualTo("People of Norwich City Council");
        @SuppressWarnings("unchecked")
        Grid<CouncilMemberView> grid = _get(Grid.class);
        assertThat(GridRows.of(grid))
                .extracting(CouncilMemberView::email)
                .doesNotContain(INVITED)
                .allMatch(email -> email.endsWith("@norwich.demo"));

        // nothing given: every problem at once, each at its field
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        roles.clear();
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        assertThat(problems())
                .containsExactly(
                        "Enter the person's email address",
                        "Enter their first name",
                        "Enter their last name",
                        "Choose at least one role");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Email address"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(roles.isInvalid()).isTrue();

        // another council's address is refused at the address, and nobody is made
        email.setValue("someone@cambridge.demo");
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Fran");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("First");
        roles.setValue(Set.of(Role.COUNCIL_ADMIN));
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        assertThat(problems()).singleElement().asString().startsWith("Only addresses of norwich.demo");
        assertThat(email.isInvalid()).isTrue();
        assertThat(keycloak.findUserByEmail("someone@cambridge.demo")).isEmpty();

        email.setValue(INVITED);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));

        assertThat(problems()).isEmpty();
        assertThat(email.isInvalid()).isFalse();
        assertThat(_find(SuccessMessage.class).stream().filter(SuccessMessage::isVisible))
                .singleElement()
                .extracting(SuccessMessage::getText)
                .asString()
                .startsWith("Invitation sent to " + INVITED + ".");
        assertThat(GridRows.of(grid))
                .filteredOn(member -> member.email().equals(INVITED))
                .singleElement()
                .satisfies(member -> {
                    assertThat(member.name()).isEqualTo("Fran First");
                    assertThat(member.roles()).containsExactly(Roles.COUNCIL_ADMIN);
                });
        assertThat(GridRows.column(grid, "roles")).contains("Council admin");
        assertThat(InvitationMail.linkFor(smtp, INVITED)).contains("action-token");
        assertThat(AuditTrail.actions()).contains("user.invited");
        assertThat(email.getValue()).isEmpty();
    }

    @Test
    void association_staff_who_are_not_admins_cannot_open_a_councils_people() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/people/norwich");
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
    }

    @Test
    void a_council_admin_cannot_open_the_console_page_of_their_own_council_or_another() {
        for (String council : List.of("norwich", "cambridge")) {
            try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_ADMIN)) {
                UI.getCurrent().navigate("console/people/" + council);
            }
            assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        }
    }

    @Test
    void an_unknown_council_id_is_the_calm_page_not_found() {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        for (String id : List.of("atlantis", "NORWICH", "norwich--city")) {
            UI.getCurrent().navigate("console/people/" + id);
            assertThat(_get(H1.class).getText()).as(id).isEqualTo("Page not found");
        }
    }

    private static List<String> problems() {
        return _find(ErrorSummary.class).stream()
                .flatMap(summary -> summary.messages().stream())
                .toList();
    }
}
