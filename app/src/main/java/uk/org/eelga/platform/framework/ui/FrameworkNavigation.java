package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** "Performance framework" in the association console. */
@Singleton
class FrameworkNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Performance framework";
    }

    @Override
    public Class<? extends Component> view() {
        return FrameworkView.class;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
