package uk.org.eelga.tenancy.users.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.users.CouncilUserAdmin;

/** A council admin's page for their own council's people: invite, change roles, deactivate. */
@Route("portal/people")
@PageTitle("People and roles | EELGA member platform")
@MenuEntry(label = "People and roles", area = MenuEntry.Area.PORTAL, order = 50)
@RolesAllowed(Roles.COUNCIL_ADMIN)
@Prototype
public class PeopleAndRolesView extends VerticalLayout {

    PeopleAndRolesView(CouncilUserAdmin users) {
        // the council is the admin's own, from their sign-in; never from the address
        Caller viewer = Callers.current();
        add(new H1("People and roles"), new PeoplePanel(users, viewer, viewer.council(), viewer.councilName()));
    }
}
