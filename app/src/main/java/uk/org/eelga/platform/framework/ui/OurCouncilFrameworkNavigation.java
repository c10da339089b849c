package uk.org.eelga.platform.framework.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** "Our council in the framework" in a council's portal. */
@Singleton
class OurCouncilFrameworkNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Our council in the framework";
    }

    @Override
    public Class<? extends Component> view() {
        return OurCouncilFrameworkView.class;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.council() != null;
    }
}
