package uk.org.eelga.platform.appraisal.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class AppraisalPortalNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Appraisal support";
    }

    @Override
    public Class<? extends Component> view() {
        return AppraisalPortalView.class;
    }

    @Override
    public int order() {
        return 231;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.council() != null;
    }
}
