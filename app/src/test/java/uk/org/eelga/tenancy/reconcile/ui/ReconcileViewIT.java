package uk.org.eelga.tenancy.reconcile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.reconcile.ReconcileReport;
import uk.org.eelga.tenancy.reconcile.Reconciliation;

/**
 * The console's sign-in accounts check runs in the background (issue 13): the page says "Checking…" at once, polls,
 * and shows the same findings as the check on the request thread would; failures are said, never shown as agreement.
 */
@BrowserlessPages
class ReconcileViewIT {

    @Inject
    Reconciliation reconciliation;

    @BeforeEach
    void start() throws Exception {
        BrowserlessUi.signIn(Fixtures.staff());
    }

    @Test
    void the_page_says_it_is_checking_then_shows_the_same_findings_as_the_check_itself() {
        ReconcileView view = BrowserlessUi.open(ReconcileView.class);
        // the page is there before Keycloak has answered
        assertThat(view.status.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(view.status.getElement().getAttribute("aria-live")).isEqualTo("polite");

        view.latest.orTimeout(60, TimeUnit.SECONDS).join();
        MockVaadin.clientRoundtrip();

        ReconcileReport direct = reconciliation.check(Fixtures.staff());
        assertThat(view.status.getText())
                .isEqualTo(direct.consistent() ? "They agree." : "They disagree where listed below.");
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .containsExactly(
                        "Sign-in organisations without a council ("
                                + direct.organisationsWithoutCouncil().size() + ")",
                        "Councils without a sign-in organisation ("
                                + direct.councilsWithoutOrganisation().size() + ")",
                        "Users with a council role but no council ("
                                + direct.usersWithoutCouncil().size() + ")",
                        "People no longer in their council's organisation ("
                                + direct.peopleOutsideTheirCouncil().size() + ")",
                        "Merged or departed councils that still have members ("
                                + direct.membersOfClosedCouncils().size() + ")",
                        "Councils' own sign-in providers out of place ("
                                + direct.misplacedSignInProviders().size() + ")",
                        "Email domains that differ between the register and the sign-in service ("
                                + direct.domainsOutOfStep().size() + ")");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void the_check_in_the_background_finds_what_the_check_on_the_request_thread_finds() {
        ReconcileReport background = reconciliation
                .checkInBackground(Fixtures.staff())
                .orTimeout(60, TimeUnit.SECONDS)
                .join();
        assertThat(background).isEqualTo(reconciliation.check(Fixtures.staff()));
        // every council of the demo register has its organisation and members were asked for each
        assertThat(background.councilsWithoutOrganisation()).isEmpty();
    }

    @Test
    void while_checking_the_page_says_so_and_polls_and_a_failure_is_said_never_shown_as_agreement() {
        ReconcileView view = BrowserlessUi.open(ReconcileView.class);
        view.latest.orTimeout(60, TimeUnit.SECONDS).join();
        MockVaadin.clientRoundtrip();

        CompletableFuture<ReconcileReport> pending = new CompletableFuture<>();
        view.load(() -> pending);
        assertThat(view.status.getText()).isEqualTo(ReconcileView.CHECKING);
        assertThat(_find(H2.class)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReconcileView.POLL_MILLIS);

        pending.completeExceptionally(new KeycloakUnavailable("Keycloak did not answer while listing members", null));
        view.latest.join();
        MockVaadin.clientRoundtrip();
        assertThat(view.status.getText())
                .startsWith("The check could not be made: the sign-in service did not answer.")
                .doesNotContain("They agree")
                .doesNotContain("Keycloak did not answer"); // no internals
        assertThat(_find(H2.class)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        view.load(() -> CompletableFuture.failedFuture(new Reconciliation.Busy()));
        view.latest.join();
        MockVaadin.clientRoundtrip();
        assertThat(view.status.getText()).startsWith("Other checks are running just now");

        view.load(() -> CompletableFuture.failedFuture(new IllegalStateException("select secret from somewhere")));
        view.latest.join();
        MockVaadin.clientRoundtrip();
        assertThat(view.status.getText())
                .startsWith("Sorry, the check could not be made.")
                .doesNotContain("secret");
    }

    @Test
    void a_council_person_cannot_start_the_check() {
        assertThatThrownBy(() -> reconciliation.checkInBackground(Fixtures.memberOf(Fixtures.NORWICH)))
                .hasMessageContaining("Only association staff");
        // the page's roles, as navigation reads them (on the view or through its @StaffPage stereotype)
        assertThat(List.of(uk.org.eelga.platform.ui.Navigation.rolesAllowed(ReconcileView.class)
                        .value()))
                .containsExactly(uk.org.eelga.tenancy.Roles.ASSOCIATION_STAFF);
    }
}
