package uk.org.eelga.platform.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.ui.CoachingConsoleView;
import uk.org.eelga.platform.coaching.ui.CoachingPortalView;
import uk.org.eelga.platform.ui.Navigation;
import uk.org.eelga.platform.ui.PortalHomeView;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.ui.CouncilsView;

class NavigationGuardTest {

    private static final Caller OFFICER = new Caller(
            "s", "o@norwich.demo", "O", Set.of(Role.COUNCIL_OFFICER), TenantId.of("norwich"), "Norwich City Council");
    private static final Caller ADMIN =
            new Caller("a", "admin@eelga.demo", "A", Set.of(Role.ASSOCIATION_ADMIN), null, null);

    @Test
    void every_route_says_who_may_open_it() {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .acceptPackages("uk.org.eelga")
                .scan()) {
            List<String> silent = scan.getClassesWithAnnotation(Route.class).loadClasses().stream()
                    .filter(view -> !view.isAnnotationPresent(AnonymousAllowed.class)
                            && !view.isAnnotationPresent(PermitAll.class)
                            && Navigation.rolesAllowed(view) == null)
                    .map(Class::getName)
                    .toList();
            assertThat(silent).isEmpty();
        }
    }

    @Test
    void council_roles_open_the_portal_and_not_the_console() {
        assertThat(NavigationGuard.mayOpen(OFFICER, PortalHomeView.class)).isTrue();
        assertThat(NavigationGuard.mayOpen(OFFICER, CouncilsView.class)).isFalse();
    }

    @Test
    void association_admins_may_open_what_association_staff_may() {
        assertThat(NavigationGuard.mayOpen(ADMIN, CouncilsView.class)).isTrue();
        assertThat(NavigationGuard.mayOpen(ADMIN, PortalHomeView.class)).isFalse();
    }

    @Test
    void a_page_stereotype_carries_its_roles() {
        Caller staff = new Caller("t", "staff@eelga.demo", "T", Set.of(Role.ASSOCIATION_STAFF), null, null);
        assertThat(NavigationGuard.mayOpen(staff, CoachingConsoleView.class)).isTrue();
        assertThat(NavigationGuard.mayOpen(OFFICER, CoachingConsoleView.class)).isFalse();
        assertThat(NavigationGuard.mayOpen(OFFICER, CoachingPortalView.class)).isTrue();
        assertThat(NavigationGuard.mayOpen(staff, CoachingPortalView.class)).isFalse();
        assertThat(Navigation.rolesAllowed(CoachingConsoleView.class).value()).containsExactly(Roles.ASSOCIATION_STAFF);
    }

    @Test
    void a_view_without_an_access_annotation_stays_closed() {
        class Unannotated {}
        assertThat(NavigationGuard.mayOpen(ADMIN, Unannotated.class)).isFalse();
    }
}
