package uk.org.eelga.platform.billing.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** Invoices entries in the portal and the console. */
final class Navigation {

    private Navigation() {}

    @Singleton
    static class Portal implements NavigationEntry {
        public String label() {
            return "Invoices";
        }

        public Class<? extends Component> view() {
            return InvoicesPortalView.class;
        }

        public int order() {
            return 240;
        }

        public boolean shownTo(Caller user) {
            return user.council() != null;
        }
    }

    @Singleton
    static class Console implements NavigationEntry {
        public String label() {
            return "Invoices";
        }

        public Class<? extends Component> view() {
            return InvoicesConsoleView.class;
        }

        public int order() {
            return 140;
        }

        public boolean shownTo(Caller user) {
            return user.isAssociationStaff();
        }
    }
}
