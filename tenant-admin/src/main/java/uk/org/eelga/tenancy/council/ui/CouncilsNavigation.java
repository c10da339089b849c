package uk.org.eelga.tenancy.council.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class CouncilsNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Member councils";
    }

    @Override
    public Class<? extends Component> view() {
        return CouncilsView.class;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
