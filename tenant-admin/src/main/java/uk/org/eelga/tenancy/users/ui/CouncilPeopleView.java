package uk.org.eelga.tenancy.users.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.ui.Callers;
import uk.org.eelga.tenancy.users.CouncilUserAdmin;

/**
 * An association admin's page for any council's people ({@code /console/people/norwich}): the same list and
 * invitation form as the council admin's own page, for the council the address names, so a council with nobody on
 * the platform yet can be given its first person. Only association admins open it, as only they may use the API's
 * {@code /councils/{id}/users}; the service checks the same again.
 */
@Route("console/people")
@RolesAllowed(Roles.ASSOCIATION_ADMIN)
@Prototype
public class CouncilPeopleView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CouncilUserAdmin users;
    private final CouncilDirectory councils;
    private String title = "People of a council | EELGA console";

    CouncilPeopleView(CouncilUserAdmin users, CouncilDirectory councils) {
        this.users = users;
        this.councils = councils;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<CouncilSummary> found = TenantId.parse(id).flatMap(councils::find);
        if (found.isEmpty()) {
            // the same calm page as any address that leads nowhere
            event.rerouteToError(NotFoundException.class, "No such council");
            return;
        }
        CouncilSummary council = found.get();
        Caller viewer = Callers.current();
        title = "People of " + council.name() + " | EELGA console";
        removeAll();
        Anchor back = new Anchor("console", "Back to member councils");
        back.getElement().setAttribute("router-link", true);
        add(back, new H1("People of " + council.name()));
        if (!council.memberNow()) {
            add(new Paragraph(
                    council.name() + " " + notMember(council.status()) + ", so nobody can be invited to it."));
            return;
        }
        add(new Paragraph(
                council.status() == CouncilStatus.SUSPENDED
                        ? council.name() + " is suspended: the people invited now can sign in once it is restored."
                        : "Everyone invited gets an email asking them to choose a password, then signs in as one of "
                                + council.name() + "'s people with the roles given here."));
        add(new PeoplePanel(users, viewer, TenantId.of(council.id()), council.name()));
    }

    private static String notMember(CouncilStatus status) {
        return switch (status) {
            case ONBOARDING -> "is still being onboarded";
            case LEFT -> "has left the association";
            case MERGED -> "has merged into another council";
            case ACTIVE, SUSPENDED -> "is a member";
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
