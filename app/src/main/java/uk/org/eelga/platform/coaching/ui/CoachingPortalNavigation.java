package uk.org.eelga.platform.coaching.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class CoachingPortalNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Coaching";
    }

    @Override
    public Class<? extends Component> view() {
        return CoachingPortalView.class;
    }

    @Override
    public int order() {
        return 230;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.council() != null;
    }
}
