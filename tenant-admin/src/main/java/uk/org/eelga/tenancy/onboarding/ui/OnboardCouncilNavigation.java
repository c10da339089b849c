package uk.org.eelga.tenancy.onboarding.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class OnboardCouncilNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Onboard a council";
    }

    @Override
    public Class<? extends Component> view() {
        return OnboardCouncilView.class;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.roles().contains(Role.ASSOCIATION_ADMIN);
    }
}
