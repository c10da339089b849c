package uk.org.eelga.tenancy.merge.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class MergeCouncilsNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Merge councils";
    }

    @Override
    public Class<? extends Component> view() {
        return MergeCouncilsView.class;
    }

    @Override
    public int order() {
        return 112;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
