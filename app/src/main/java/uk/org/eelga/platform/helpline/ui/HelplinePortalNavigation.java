package uk.org.eelga.platform.helpline.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class HelplinePortalNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "HR helpline";
    }

    @Override
    public Class<? extends Component> view() {
        return HelplinePortalView.class;
    }

    @Override
    public int order() {
        return 235;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.council() != null;
    }
}
