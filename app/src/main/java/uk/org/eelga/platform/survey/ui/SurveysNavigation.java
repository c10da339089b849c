package uk.org.eelga.platform.survey.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** "Surveys" in the portal (council people) and in the console (association staff). */
final class SurveysNavigation {

    private SurveysNavigation() {}

    @Singleton
    static class Portal implements NavigationEntry {
        @Override
        public String label() {
            return "Surveys";
        }

        @Override
        public Class<? extends Component> view() {
            return CouncilSurveysView.class;
        }

        @Override
        public int order() {
            return 230;
        }

        @Override
        public boolean shownTo(Caller user) {
            return user.council() != null;
        }
    }

    @Singleton
    static class Console implements NavigationEntry {
        @Override
        public String label() {
            return "Surveys";
        }

        @Override
        public Class<? extends Component> view() {
            return StaffSurveysView.class;
        }

        @Override
        public int order() {
            return 140;
        }

        @Override
        public boolean shownTo(Caller user) {
            return user.isAssociationStaff();
        }
    }
}
