package uk.org.eelga.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.ui.CouncilsView;
import uk.org.eelga.tenancy.users.ui.CouncilPeopleView;
import uk.org.eelga.tenancy.users.ui.PeopleAndRolesView;

/** Who may open a page, read from its annotations: the guard, the side navigation and links to a page agree. */
class PageAccessTest {

    static final Caller ADMIN = new Caller("a", "admin@eelga.demo", "Alex", Set.of(Role.ASSOCIATION_ADMIN), null, null);
    static final Caller STAFF = new Caller("s", "staff@eelga.demo", "Sam", Set.of(Role.ASSOCIATION_STAFF), null, null);
    static final Caller COUNCIL_ADMIN =
            new Caller("c", "admin@norwich.demo", "Nia", Set.of(Role.COUNCIL_ADMIN), TenantId.of("norwich"), "Norwich");

    @Test
    void only_association_admins_open_a_councils_people_in_the_console() {
        assertThat(PageAccess.mayOpen(ADMIN, CouncilPeopleView.class)).isTrue();
        assertThat(PageAccess.mayOpen(STAFF, CouncilPeopleView.class)).isFalse();
        assertThat(PageAccess.mayOpen(COUNCIL_ADMIN, CouncilPeopleView.class)).isFalse();
        assertThat(PageAccess.mayOpen(COUNCIL_ADMIN, PeopleAndRolesView.class)).isTrue();
    }

    @Test
    void a_page_stereotype_carries_its_roles_and_an_admin_counts_as_staff() {
        assertThat(PageAccess.rolesAllowed(CouncilsView.class).value()).containsExactly("association-staff");
        assertThat(PageAccess.mayOpen(STAFF, CouncilsView.class)).isTrue();
        assertThat(PageAccess.mayOpen(ADMIN, CouncilsView.class)).isTrue();
        assertThat(PageAccess.mayOpen(COUNCIL_ADMIN, CouncilsView.class)).isFalse();
    }

    @Test
    void a_class_that_says_nothing_lets_nobody_in() {
        assertThat(PageAccess.rolesAllowed(String.class)).isNull();
        assertThat(PageAccess.mayOpen(ADMIN, String.class)).isFalse();
    }
}
