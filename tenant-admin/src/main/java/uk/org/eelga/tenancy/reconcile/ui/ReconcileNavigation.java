package uk.org.eelga.tenancy.reconcile.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class ReconcileNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Keycloak check";
    }

    @Override
    public Class<? extends Component> view() {
        return ReconcileView.class;
    }

    @Override
    public int order() {
        return 180;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
