package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.Component;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.function.Predicate;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** The engagement pages in the side navigation. */
@Factory
class EngagementNavigation {

    @Singleton
    NavigationEntry meetings() {
        return entry("Meetings and events", MeetingsView.class, 110, Caller::isAssociationStaff);
    }

    @Singleton
    NavigationEntry regional() {
        return entry("Engagement by council", RegionalEngagementView.class, 120, Caller::isAssociationStaff);
    }

    @Singleton
    NavigationEntry ourEngagement() {
        return entry("Our engagement", OurEngagementView.class, 210, u -> u.council() != null);
    }

    @Singleton
    NavigationEntry events() {
        return entry("Events", EventsView.class, 220, u -> u.council() != null);
    }

    private static NavigationEntry entry(
            String label, Class<? extends Component> view, int order, Predicate<Caller> who) {
        return new NavigationEntry() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public Class<? extends Component> view() {
                return view;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean shownTo(Caller user) {
                return who.test(user);
            }
        };
    }
}
