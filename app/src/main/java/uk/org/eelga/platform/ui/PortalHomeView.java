package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.people.PersonSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.ui.CouncilPage;
import uk.org.eelga.tenancy.ui.Tables;

/** A council's home in the portal: who you are, your council, and your council's people on the platform. */
@Route("portal")
@PageTitle("Our council | EELGA member platform")
@MenuEntry(label = "Our council", area = MenuEntry.Area.PORTAL, order = 0)
@CouncilPage
public class PortalHomeView extends VerticalLayout {

    /**
     * Where to go for what, in the words officers use, in the side navigation's order (it lists the same pages by
     * name); a test checks that every portal page is here.
     */
    static final List<Link> WHAT_YOU_CAN_DO = List.of(
            new Link("portal/engagement", "Our engagement", "your council's engagement with the association"),
            new Link("portal/events", "Events", "register delegates for the association's events"),
            new Link("portal/coaching", "Coaching", "book places on the coaching programme"),
            new Link("portal/surveys", "Surveys", "answer perception surveys, event evaluations and canvasses"),
            new Link(
                    "portal/talent-bank",
                    "Talent Bank",
                    "request interim and specialist services",
                    "see your council's Talent Bank requests and quotes (your officers or a council admin make"
                            + " them)",
                    Role.COUNCIL_OFFICER,
                    Role.COUNCIL_ADMIN),
            new Link(
                    "portal/appraisal-support",
                    "Appraisal support",
                    "ask for Chief Executive appraisal support",
                    "see your council's requests for Chief Executive appraisal support (your leader or a council"
                            + " admin asks for it)",
                    Role.COUNCIL_LEADER,
                    Role.COUNCIL_ADMIN),
            new Link("portal/hr-helpline", "HR helpline", "ask the association's HR advisers a question"),
            new Link(
                    "portal/follow-ups",
                    "Follow-up commitments",
                    "see what the association committed to do for your council, and when it was done"),
            new Link(
                    "portal/epaycheck",
                    "ePayCheck pay benchmarking",
                    "share your council's pay data and see how the region pays"),
            new Link(
                    "portal/contracts",
                    "Contract register",
                    "register your council's contracts and see the region's shared register"),
            new Link(
                    "portal/marketplace",
                    "Marketplace",
                    "sell your council's services to other councils and buy theirs"),
            new Link("portal/invoices", "Invoices", "see and pay your council's invoices"),
            new Link(
                    "portal/communications",
                    "Bulletins and briefs",
                    "read what the association publishes and choose the topics you receive by email"),
            new Link(
                    "portal/framework",
                    "Our council in the framework",
                    "your council's own figures for the association's measures, next to the regional figure"));

    /**
     * A page and what it is for; where only some roles act on it ({@code actors}), what it is for the others (the
     * services refuse them the action, so the home page does not offer it).
     */
    record Link(String path, String label, String what, String whatForOthers, Role... actors) {

        Link(String path, String label, String what) {
            this(path, label, what, what);
        }

        String whatFor(Caller user) {
            return actors.length == 0 || user.hasAny(actors) ? what : whatForOthers;
        }
    }

    PortalHomeView(CouncilDirectory councils, CouncilPeople people) {
        Caller user = Callers.current();
        CouncilSummary council = councils.find(user.council()).orElseThrow();
        add(new H1(council.name()));
        add(new Paragraph(
                "Signed in as " + user.displayName() + " (" + user.mainRole().label() + "). "
                        + council.kind().label() + " council in " + council.countyArea() + "."));

        add(new H2("What you can do here"));
        UnorderedList links = new UnorderedList();
        WHAT_YOU_CAN_DO.forEach(link ->
                links.add(new ListItem(new Anchor(link.path(), link.label()), new Text(": " + link.whatFor(user)))));
        add(links);

        add(new H2("People from " + council.name() + " who have signed in"));
        Grid<PersonSummary> grid = new Grid<>(PersonSummary.class, false);
        grid.addColumn(PersonSummary::displayName).setHeader("Name");
        grid.addColumn(PersonSummary::email).setHeader("Email");
        grid.addColumn(PersonSummary::roles).setHeader("Roles");
        grid.addColumn(p -> UkTime.dateTime(p.lastSignedInAt())).setHeader("Last signed in");
        grid.setItems(people.people());
        grid.setAllRowsVisible(true);
        Tables.named(
                grid,
                "People from " + council.name() + " who have signed in",
                "Nobody from our council has signed in yet.");
        add(grid);
    }
}
