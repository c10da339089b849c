package uk.org.eelga.tenancy.audit.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.ui.NavigationEntry;

@Singleton
class AuditLogNavigation implements NavigationEntry {

    @Override
    public String label() {
        return "Audit log";
    }

    @Override
    public Class<? extends Component> view() {
        return AuditLogView.class;
    }

    @Override
    public int order() {
        return 190;
    }

    @Override
    public boolean shownTo(Caller user) {
        return user.isAssociationStaff() || user.roles().contains(Role.COUNCIL_ADMIN);
    }
}
