package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class PortalHomeNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Our council";
    }

    @Override
    public Class<? extends Component> view() {
        return PortalHomeView.class;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.council() != null;
    }
}
