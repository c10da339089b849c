package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import uk.org.eelga.platform.engagement.ui.OurEngagementView;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.ui.Callers;

/** "/" sends association staff to the console, council leaders to their engagement summary, others to the portal. */
@Route("")
@PermitAll
@Prototype
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller user = Callers.current();
        if (user.isAssociationStaff()) {
            event.forwardTo(CouncilsView.class);
        } else if (user.hasRole(Roles.COUNCIL_LEADER)) {
            // council leaders land on their council's engagement summary
            event.forwardTo(OurEngagementView.class);
        } else {
            event.forwardTo(PortalHomeView.class);
        }
    }
}
