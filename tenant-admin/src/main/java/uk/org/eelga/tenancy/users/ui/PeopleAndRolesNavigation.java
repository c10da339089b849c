package uk.org.eelga.tenancy.users.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class PeopleAndRolesNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "People and roles";
    }

    @Override
    public Class<? extends Component> view() {
        return PeopleAndRolesView.class;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.council() != null && user.roles().contains(Role.COUNCIL_ADMIN);
    }
}
