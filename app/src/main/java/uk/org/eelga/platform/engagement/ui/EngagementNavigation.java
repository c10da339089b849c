package uk.org.eelga.platform.engagement.ui;

import com.vaadin.flow.component.Component;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.function.Predicate;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.ui.NavigationEntry;

/** The engagement pages in the side navigation. */
@Factory
class EngagementNavigation {

    @Singleton
    NavigationEntry meetings() {
        return entry("Meetings and events", MeetingsView.class, 110, SignedInUser::isAssociationStaff);
    }

    @Singleton
    NavigationEntry groups() {
        return entry("Groups and who is expected", GroupsView.class, 115, SignedInUser::isAssociationStaff);
    }

    @Singleton
    NavigationEntry regional() {
        return entry("Engagement by council", RegionalEngagementView.class, 120, SignedInUser::isAssociationStaff);
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
            String label, Class<? extends Component> view, int order, Predicate<SignedInUser> who) {
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
            public boolean shownTo(SignedInUser user) {
                return who.test(user);
            }
        };
    }
}
