package uk.org.eelga.tenancy.merge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.merge.CouncilLineage;
import uk.org.eelga.tenancy.merge.CouncilMerge;
import uk.org.eelga.tenancy.merge.PastMerge;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.Live;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.StaffPage;
import uk.org.eelga.tenancy.ui.Tables;

/**
 * Councils that merged into a successor; association admins merge councils here and retry moving people whose
 * move stopped (Keycloak was down). Staff see the list only.
 */
@Route("console/merges")
@PageTitle("Merge councils | EELGA console")
@MenuEntry(label = "Merge councils", area = MenuEntry.Area.CONSOLE, order = 12)
@StaffPage
public class MergeCouncilsView extends Page {

    private final CouncilMerge merges;
    private final CouncilLineage lineage;
    private final Caller user = Callers.current();
    private final Grid<PastMerge> grid = new Grid<>();
    private final Paragraph outcome = Live.status(new Paragraph());

    MergeCouncilsView(CouncilMerge merges, CouncilLineage lineage, CouncilDirectory councils) {
        super(
                "Merge councils",
                "When councils reorganise, the old councils merge into a successor from a date. Their"
                        + " people move to the successor; their history stays theirs and the successor can read it.");
        this.merges = merges;
        this.lineage = lineage;
        boolean admin = user.roles().contains(Role.ASSOCIATION_ADMIN);
        if (admin) {
            add(new MergeForm(merges, councils, user, this::refresh));
        }
        grid.addColumn(PastMerge::predecessorName)
                .setHeader("Council that merged")
                .setSortable(true);
        grid.addColumn(PastMerge::successorName).setHeader("Merged into").setSortable(true);
        grid.addColumn(merge -> UkTime.date(merge.mergedOn()))
                .setHeader("From")
                .setSortable(true)
                .setComparator(PastMerge::mergedOn);
        if (admin) {
            grid.addComponentColumn(this::retryButton).setHeader("Action").setKey("action");
        }
        grid.setAllRowsVisible(true);
        Tables.named(grid, "Past merges", "No councils have been merged yet.");
        add(new H2("Past merges"), grid, outcome);
        refresh();
    }

    private Button retryButton(PastMerge merge) {
        Button retry = new Button("Retry moving people", click -> {
            try {
                int moved = merges.movePeople(user, TenantId.of(merge.predecessor()));
                outcome.setText(
                        moved == 0
                                ? "Nobody was left to move from " + merge.predecessorName() + "."
                                : moved + (moved == 1 ? " person" : " people") + " moved from "
                                        + merge.predecessorName() + " to " + merge.successorName() + ".");
            } catch (ActionRefused e) {
                outcome.setText(e.getMessage());
            } catch (KeycloakUnavailable e) {
                outcome.setText("People of " + merge.predecessorName() + " were not moved (" + e.getMessage()
                        + "). Nothing is lost; try again later.");
            }
        });
        retry.getElement()
                .setAttribute(
                        "aria-label",
                        "Retry moving people of " + merge.predecessorName() + " to " + merge.successorName());
        return retry;
    }

    private void refresh() {
        grid.setItems(lineage.allMerges());
    }
}
