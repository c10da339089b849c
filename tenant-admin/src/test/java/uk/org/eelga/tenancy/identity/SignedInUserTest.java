package uk.org.eelga.tenancy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.TenantId;

class SignedInUserTest {

    @Test
    void only_platform_roles_are_taken_from_the_token() {
        assertThat(Role.fromClaims(List.of("offline_access", "council-leader", "uma_authorization", "realm-admin")))
                .containsExactly(Role.COUNCIL_LEADER);
    }

    @Test
    void association_admins_count_as_association_staff_but_not_as_council_people() {
        SignedInUser admin = new SignedInUser("a", "a@eelga.demo", "A", Set.of(Role.ASSOCIATION_ADMIN), null, null);
        assertThat(admin.isAssociationStaff()).isTrue();
        assertThat(admin.hasRole(Roles.ASSOCIATION_STAFF)).isTrue();
        assertThat(admin.hasRole(Roles.COUNCIL_OFFICER)).isFalse();
    }

    @Test
    void the_main_role_is_the_most_senior() {
        SignedInUser user = new SignedInUser(
                "s",
                "e",
                "n",
                Set.of(Role.COUNCIL_OFFICER, Role.COUNCIL_ADMIN),
                TenantId.of("norwich"),
                "Norwich City Council");
        assertThat(user.mainRole()).isEqualTo(Role.COUNCIL_ADMIN);
        assertThat(user.isAssociationStaff()).isFalse();
    }
}
