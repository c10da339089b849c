package uk.org.eelga.platform.talentbank.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** Talent Bank entries in the portal and the console. */
final class Navigation {

    private Navigation() {}

    @Singleton
    static class Portal implements NavigationEntry {
        public String label() {
            return "Talent Bank";
        }

        public Class<? extends Component> view() {
            return TalentBankPortalView.class;
        }

        public int order() {
            return 230;
        }

        public boolean shownTo(Caller user) {
            return user.council() != null;
        }
    }

    @Singleton
    static class Console implements NavigationEntry {
        public String label() {
            return "Talent Bank";
        }

        public Class<? extends Component> view() {
            return TalentBankConsoleView.class;
        }

        public int order() {
            return 130;
        }

        public boolean shownTo(Caller user) {
            return user.isAssociationStaff();
        }
    }
}
