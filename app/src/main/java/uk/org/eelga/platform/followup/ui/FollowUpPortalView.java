package uk.org.eelga.platform.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.followup.FollowUps;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.Page;

/** A council's follow-up commitments: what the association committed to do for it, by when, and whether it did. */
@Route("portal/follow-ups")
@PageTitle("Follow-up commitments | EELGA member platform")
@CouncilPage
@MenuEntry(label = "Follow-up commitments", area = MenuEntry.Area.PORTAL, order = 36)
public class FollowUpPortalView extends Page {

    final Grid<CommitmentSummary> commitments = new Grid<>(CommitmentSummary.class, false);

    FollowUpPortalView(FollowUps followUps) {
        super(
                "Follow-up commitments",
                "What the association committed to do for your council (for example to contact you within"
                        + " four weeks of a Corporate Peer Challenge, or to respond to a request for the Joint Secretaries'"
                        + " intervention), by when, and when it was done.");
        commitments.addColumn(c -> c.kind().label()).setHeader("For").setFlexGrow(2);
        commitments.addColumn(CommitmentSummary::what).setHeader("What").setFlexGrow(2);
        commitments.addColumn(CommitmentSummary::aroseOn).setHeader("Arose");
        commitments
                .addColumn(c -> c.state(followUps.today()))
                .setHeader("State")
                .setKey("state");
        commitments.setAllRowsVisible(true);
        commitments.setAriaLabel("Our council's follow-up commitments");
        commitments.setItems(followUps.ours());
        add(commitments);
    }
}
