package uk.org.eelga.tenancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.merge.CouncilLineage;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.MergeRequest;
import uk.org.eelga.tenancy.merge.PastMerge;
import uk.org.eelga.tenancy.merge.ui.MergeCouncilsView;

/** The console's Merge councils page, browserless: admins merge through it, staff only read, councils are kept out. */
@BrowserlessPages
class MergeCouncilsViewIT {

    static final TenantId FOREST_HEATH = TenantId.of("forest-heath");
    static final TenantId ST_EDMUNDSBURY = TenantId.of("st-edmundsbury");
    static final TenantId BABERGH = TenantId.of("babergh");
    static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);
    static final String STRAY = "stray.mover@forest-heath.demo";

    @Inject
    CouncilLineage lineage;

    @Inject
    CouncilMerge merges;

    @Inject
    KeycloakDirectory keycloak;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @AfterEach
    void stop() throws Exception {
        keycloak.deleteUserByEmail(STRAY);
        MergedDomains.restore(keycloak);
        TestDatabase.clearTenantData();
    }

    @Test
    void an_association_admin_merges_two_councils_after_reading_what_will_happen() throws Exception {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        UI.getCurrent().navigate(MergeCouncilsView.class);
        assertThat(merges(grid())).isEmpty();

        choose("babergh", Set.of("forest-heath", "st-edmundsbury"), APRIL_2019);
        _click(_get(Button.class, spec -> spec.withText("Merge…")));

        String said = _get(ConfirmDialog.class).getElement().getProperty("message");
        assertThat(said)
                .startsWith("Forest Heath District Council and St Edmundsbury Borough Council become part of"
                        + " Babergh District Council from 1 April 2019.")
                .contains("people move to Babergh District Council", "history stays theirs");
        assertThat(status(FOREST_HEATH)).as("nothing before confirming").isEqualTo("ACTIVE");

        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(status(FOREST_HEATH)).isEqualTo("MERGED");
        assertThat(status(ST_EDMUNDSBURY)).isEqualTo("MERGED");
        assertThat(status(BABERGH)).isEqualTo("ACTIVE");
        assertThat(lineage.successorOf(FOREST_HEATH)).contains(BABERGH);
        assertThat(lineage.lineageOf(BABERGH)).containsExactlyInAnyOrder(BABERGH, FOREST_HEATH, ST_EDMUNDSBURY);
        assertThat(merges(grid()))
                .containsExactlyInAnyOrder(
                        "Forest Heath District Council > Babergh District Council 2019-04-01",
                        "St Edmundsbury Borough Council > Babergh District Council 2019-04-01");
        assertThat(outcome()).contains("are now part of Babergh District Council from 1 April 2019", "People moved: ");
        // Merged councils can no longer take part in a merge.
        assertThat(successorChoice().getListDataView().getItems().map(CouncilSummary::id))
                .contains("babergh")
                .doesNotContain("forest-heath", "st-edmundsbury");

        // The successor's engagement summary now covers both histories, and the audit log shows the merge.
        UI.getCurrent().navigate("console/engagement/council/babergh");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Includes the history of Forest Heath District Council and St Edmundsbury Borough Council,"
                        + " now part of Babergh District Council.");
        assertThat(AuditTrail.actions()).contains("council.merged", "council.successor", "council.domains.moved");
    }

    @Test
    void merging_a_council_into_itself_shows_the_refusal_and_changes_nothing() throws Exception {
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        UI.getCurrent().navigate(MergeCouncilsView.class);

        choose("babergh", Set.of("babergh"), APRIL_2019);
        _click(_get(Button.class, spec -> spec.withText("Merge…")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(outcome()).isEqualTo("A council cannot be merged into itself.");
        assertThat(status(BABERGH)).isEqualTo("ACTIVE");
        assertThat(lineage.lineageOf(BABERGH)).containsExactly(BABERGH);
        assertThat(lineage.allMerges()).isEmpty();
        assertThat(merges(grid())).isEmpty();
        assertThat(successorChoice().getValue().id())
                .as("the choices stay to be corrected")
                .isEqualTo("babergh");
    }

    @Test
    void an_admin_retries_moving_people_whose_move_stopped_and_sees_how_many_moved() {
        merges.merge(Fixtures.associationAdmin(), new MergeRequest(List.of("forest-heath"), "babergh", APRIL_2019));
        // As if Keycloak had been down during the merge: someone is still in Forest Heath's organisation.
        String forestHeath =
                keycloak.findOrganisation("forest-heath").orElseThrow().id();
        String babergh = keycloak.findOrganisation("babergh").orElseThrow().id();
        String stray = keycloak.createOrFindUser(STRAY, "Stray", "Mover").id();
        keycloak.addMember(forestHeath, stray);
        BrowserlessUi.signIn(Fixtures.associationAdmin());
        UI.getCurrent().navigate(MergeCouncilsView.class);

        _click((Button) GridKt._getCellComponent(grid(), 0, "action"));

        assertThat(outcome())
                .isEqualTo("1 person moved from Forest Heath District Council to Babergh District Council.");
        assertThat(keycloak.isMember(babergh, stray)).isTrue();
        assertThat(keycloak.isMember(forestHeath, stray)).isFalse();

        _click((Button) GridKt._getCellComponent(grid(), 0, "action"));

        assertThat(outcome()).isEqualTo("Nobody was left to move from Forest Heath District Council.");
    }

    @Test
    void association_staff_see_past_merges_but_no_merge_form_nor_retry() {
        merges.merge(
                Fixtures.associationAdmin(),
                new MergeRequest(List.of("forest-heath", "st-edmundsbury"), "babergh", APRIL_2019));
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate(MergeCouncilsView.class);

        assertThat(merges(grid())).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withText("Merge…"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Retry moving people")))
                .isEmpty();
        assertThat(_find(ComboBox.class)).isEmpty();
        assertThat(grid().getColumnByKey("action")).isNull();
    }

    @Test
    void a_council_admin_cannot_open_the_page() {
        BrowserlessUi.signIn(new Caller(
                "subject-norwich-admin",
                "admin@norwich.demo",
                "Admin of Norwich",
                Set.of(Role.COUNCIL_ADMIN, Role.COUNCIL_OFFICER),
                Fixtures.NORWICH,
                "Norwich City Council"));
        UI.getCurrent().navigate(MergeCouncilsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Merge…"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String successor, Set<String> predecessors, LocalDate from) {
        ComboBox<CouncilSummary> into = successorChoice();
        into.setValue(into.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(successor))
                .findFirst()
                .orElseThrow());
        MultiSelectComboBox<CouncilSummary> merging =
                _get(MultiSelectComboBox.class, spec -> spec.withLabel("Councils that merge into it"));
        merging.setValue(merging.getListDataView()
                .getItems()
                .filter(c -> predecessors.contains(c.id()))
                .collect(Collectors.toSet()));
        _get(DatePicker.class, spec -> spec.withLabel("Merged from")).setValue(from);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CouncilSummary> successorChoice() {
        return _get(ComboBox.class, spec -> spec.withLabel("Successor council"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PastMerge> grid() {
        return _get(Grid.class);
    }

    private static List<String> merges(Grid<PastMerge> grid) {
        return GridRows.of(grid).stream()
                .map(m -> m.predecessorName() + " > " + m.successorName() + " " + m.mergedOn())
                .toList();
    }

    /** The form's status region (next to the form) or the list's, whichever has said something. */
    private static String outcome() {
        return _find(Paragraph.class).stream()
                .filter(p -> "status".equals(p.getElement().getAttribute("role")))
                .map(Paragraph::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse("");
    }

    private static String status(TenantId council) throws Exception {
        try (Connection owner = TestDatabase.asOwner();
                ResultSet row = owner.createStatement()
                        .executeQuery("select status from council where id = '" + council + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
