package uk.org.eelga.platform.appraisal.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class AppraisalConsoleNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Appraisal requests";
    }

    @Override
    public Class<? extends Component> view() {
        return AppraisalConsoleView.class;
    }

    @Override
    public int order() {
        return 131;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
