package uk.org.eelga.platform.followup.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class FollowUpPortalNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Follow-up commitments";
    }

    @Override
    public Class<? extends Component> view() {
        return FollowUpPortalView.class;
    }

    @Override
    public int order() {
        return 236;
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return user.council() != null;
    }
}
