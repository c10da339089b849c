package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilStatusChangeRefused;
import uk.org.eelga.tenancy.council.CouncilSuspension;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.ui.SuccessMessage;

/** Suspending a council blocks its people at once, keeps its data, can be undone, and is audited. */
@PlatformIT
class CouncilSuspensionIT {

    static final TenantId IPSWICH = TenantId.of("ipswich");

    @Inject
    CouncilSuspension suspension;

    @Inject
    CouncilDirectory councils;

    @Inject
    ApplicationContext context;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_suspended_councils_people_lose_api_access_at_once_and_regain_it_on_restore() {
        String officer = DemoTokens.accessToken("officer@ipswich.demo");
        assertThat(Api.get("/api/v1/me", officer).status()).isEqualTo(200);

        suspension.suspend(IPSWICH, Fixtures.associationAdmin(), "Membership lapsed");
        Api.Answer refused = Api.get("/api/v1/me", officer);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("council-suspended");
        assertThat(Api.get("/api/v1/me", DemoTokens.accessToken("officer@norwich.demo"))
                        .status())
                .isEqualTo(200);

        suspension.restore(IPSWICH, Fixtures.associationAdmin(), "Invoice paid");
        assertThat(Api.get("/api/v1/me", officer).status()).isEqualTo(200);
    }

    @Test
    void every_change_is_in_the_audit_log_with_who_before_after_and_why() throws Exception {
        suspension.suspend(IPSWICH, Fixtures.associationAdmin(), "Membership lapsed");
        suspension.restore(IPSWICH, Fixtures.associationAdmin(), "Invoice paid");
        assertThat(auditTrail())
                .containsExactly(
                        "admin@eelga.demo ipswich council.suspended ACTIVE->SUSPENDED Membership lapsed",
                        "admin@eelga.demo ipswich council.restored SUSPENDED->ACTIVE Invoice paid");
    }

    @Test
    void only_association_admins_may_do_it_and_a_refusal_changes_nothing() throws Exception {
        assertThatThrownBy(() -> suspension.suspend(IPSWICH, Fixtures.staff(), "x"))
                .isInstanceOf(CouncilStatusChangeRefused.class)
                .hasMessageContaining("association admins");
        assertThatThrownBy(() ->
                        suspension.suspend(IPSWICH, Fixtures.officer(IPSWICH, "Ipswich Borough Council", "Ivy"), "x"))
                .isInstanceOf(CouncilStatusChangeRefused.class);
        assertThatThrownBy(() -> suspension.suspend(IPSWICH, Fixtures.associationAdmin(), "   "))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> suspension.suspend(IPSWICH, Fixtures.associationAdmin(), "x".repeat(501)))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> suspension.restore(IPSWICH, Fixtures.associationAdmin(), "not suspended"))
                .hasMessageContaining("is active; nothing was changed");
        assertThat(councils.find(IPSWICH).orElseThrow().status()).isEqualTo(CouncilStatus.ACTIVE);
        assertThat(auditTrail()).isEmpty();
    }

    @Test
    void an_admin_suspends_a_council_from_the_console_and_must_give_a_reason() {
        BrowserlessUi.start(context);
        try {
            BrowserlessUi.signIn(Fixtures.associationAdmin());
            UI.getCurrent().navigate(CouncilsView.class);
            @SuppressWarnings("unchecked")
            Grid<CouncilsView.CouncilRow> grid = _get(Grid.class);
            Button suspend = GridKt._getCellComponent(grid, rowOf(grid, "Ipswich Borough Council"), "action")
                    .getChildren()
                    .filter(Button.class::isInstance)
                    .map(Button.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(suspend.getElement().getAttribute("aria-label")).isEqualTo("Suspend Ipswich Borough Council");
            _click(suspend);
            _click(_get(Button.class, spec -> spec.withText("Suspend council")));
            TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason"));
            assertThat(reason.isInvalid()).isTrue();
            assertThat(councils.find(IPSWICH).orElseThrow().status()).isEqualTo(CouncilStatus.ACTIVE);

            reason.setValue("Membership lapsed");
            _click(_get(Button.class, spec -> spec.withText("Suspend council")));
            assertThat(councils.find(IPSWICH).orElseThrow().status()).isEqualTo(CouncilStatus.SUSPENDED);
            List<String> suspended = GridRows.of(grid).stream()
                    .filter(row -> row.statusLabel().equals("Suspended"))
                    .map(CouncilsView.CouncilRow::name)
                    .toList();
            assertThat(suspended).containsExactly("Ipswich Borough Council");
            // said on the page, above the list, where it stays to be read
            assertThat(_get(SuccessMessage.class).getText()).isEqualTo("Ipswich Borough Council is suspended.");
        } finally {
            BrowserlessUi.stop();
        }
    }

    @Test
    void staff_who_are_not_admins_see_no_suspend_buttons() {
        BrowserlessUi.start(context);
        try {
            BrowserlessUi.signIn(Fixtures.staff());
            UI.getCurrent().navigate(CouncilsView.class);
            @SuppressWarnings("unchecked")
            Grid<CouncilsView.CouncilRow> grid = _get(Grid.class);
            assertThat(grid.getColumnByKey("action")).isNull();
        } finally {
            BrowserlessUi.stop();
        }
    }

    private static int rowOf(Grid<CouncilsView.CouncilRow> grid, String name) {
        List<String> names =
                GridRows.of(grid).stream().map(CouncilsView.CouncilRow::name).toList();
        if (!names.contains(name)) {
            throw new AssertionError(name + " is not listed");
        }
        return names.indexOf(name);
    }

    private static List<String> auditTrail() throws Exception {
        List<String> trail = new ArrayList<>();
        try (Connection db = TestDatabase.asApp()) {
            db.setAutoCommit(false);
            db.createStatement().execute("set local role eelga_association_reader");
            try (ResultSet rows = db.createStatement()
                    .executeQuery("select actor_email, council_id, action,"
                            + " before_state, after_state, reason from audit_event order by id")) {
                while (rows.next()) {
                    trail.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4) + "->" + rows.getString(5) + " " + rows.getString(6));
                }
            }
            db.rollback();
        }
        return trail;
    }
}
