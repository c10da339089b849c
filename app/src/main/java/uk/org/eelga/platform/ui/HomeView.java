package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.identity.CurrentUser;
import uk.org.eelga.tenancy.identity.SignedInUser;

/** "/" sends association staff to the console and council people to their council's portal. */
@Route("")
@PermitAll
@Prototype
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.require();
        event.forwardTo(user.isAssociationStaff() ? CouncilsView.class : PortalHomeView.class);
    }
}
