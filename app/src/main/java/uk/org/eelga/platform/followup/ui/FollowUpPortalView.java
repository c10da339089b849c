package uk.org.eelga.platform.followup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.followup.FollowUps;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.NarrowScreens;
import uk.org.eelga.tenancy.ui.Page;
import uk.org.eelga.tenancy.ui.Tables;

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
        NarrowScreens.TextColumns<CommitmentSummary> columns = NarrowScreens.textColumns(commitments);
        columns.add("For", c -> c.kind().label()).setFlexGrow(2);
        columns.add("What", CommitmentSummary::what).setFlexGrow(2);
        columns.add("Arose", c -> UkTime.date(c.aroseOn())); // "1 April 2027", never the stored 2027-04-01
        columns.add("State", c -> c.state(followUps.today())).setKey("state");
        columns.cards("Commitment", c -> c.kind().label());
        commitments.setAllRowsVisible(true);
        Tables.named(commitments, "Our council's follow-up commitments", "Our council has no follow-up commitments.");
        commitments.setItems(followUps.ours());
        add(commitments);
    }
}
