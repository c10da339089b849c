package uk.org.eelga.tenancy.signinprovider.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class SignInProvidersNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Councils' own sign-in";
    }

    @Override
    public Class<? extends Component> view() {
        return SignInProvidersView.class;
    }

    @Override
    public int order() {
        return 115;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff();
    }
}
