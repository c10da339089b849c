package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.identity.CurrentUser;
import uk.org.eelga.tenancy.identity.Roles;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.people.PersonSummary;

/** A council's home in the portal: who you are, your council, and your council's people on the platform. */
@Route("portal")
@PageTitle("Our council | EELGA member platform")
@RolesAllowed({Roles.COUNCIL_OFFICER, Roles.COUNCIL_LEADER, Roles.COUNCIL_ADMIN})
@Prototype
public class PortalHomeView extends VerticalLayout {

    static final List<String> CAPABILITIES_TO_COME = List.of(
            "Surveys: perception surveys, event evaluations and canvasses",
            "Coaching programme places and Chief Executive appraisal support",
            "Talent Bank services",
            "Invoices");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    PortalHomeView(CouncilDirectory councils, CouncilPeople people) {
        SignedInUser user = CurrentUser.require();
        CouncilSummary council = councils.find(user.council()).orElseThrow();
        add(new H1(council.name()));
        add(new Paragraph(
                "Signed in as " + user.displayName() + " (" + user.mainRole().label() + "). "
                        + council.kind().label() + " council in " + council.countyArea() + "."));

        add(new H2("Coming to your portal"));
        UnorderedList coming = new UnorderedList();
        CAPABILITIES_TO_COME.forEach(item -> coming.add(new ListItem(item + " (not available yet)")));
        add(coming);

        add(new H2("People from " + council.name() + " on the platform"));
        Grid<PersonSummary> grid = new Grid<>(PersonSummary.class, false);
        grid.addColumn(PersonSummary::displayName).setHeader("Name");
        grid.addColumn(PersonSummary::email).setHeader("Email");
        grid.addColumn(PersonSummary::roles).setHeader("Roles");
        grid.addColumn(p -> WHEN.format(p.lastSignedInAt())).setHeader("Last signed in");
        grid.setItems(people.people());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("People from " + council.name() + " on the platform");
        add(grid);
    }
}
