package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void only_platform_roles_are_taken_from_the_token() {
        assertThat(Role.fromClaims(List.of("offline_access", "council-leader", "uma_authorization", "realm-admin")))
                .containsExactly(Role.COUNCIL_LEADER);
    }

    @Test
    void association_admins_count_as_association_staff_but_not_as_council_people() {
        Caller admin = new Caller("a", "a@eelga.demo", "A", Set.of(Role.ASSOCIATION_ADMIN), null, null);
        assertThat(admin.isAssociationStaff()).isTrue();
        assertThat(admin.hasRole(Roles.ASSOCIATION_STAFF)).isTrue();
        assertThat(admin.hasRole(Roles.COUNCIL_OFFICER)).isFalse();
    }

    @Test
    void the_main_role_is_the_most_senior() {
        Caller user = new Caller(
                "s",
                "e",
                "n",
                Set.of(Role.COUNCIL_OFFICER, Role.COUNCIL_ADMIN),
                TenantId.of("norwich"),
                "Norwich City Council");
        assertThat(user.mainRole()).isEqualTo(Role.COUNCIL_ADMIN);
        assertThat(user.isAssociationStaff()).isFalse();
    }

    private static final TenantId NORWICH = TenantId.of("norwich");
    private static final TenantId CAMBRIDGE = TenantId.of("cambridge");
    private static final Caller NORWICH_OFFICER =
            new Caller("o", "o@norwich.demo", "O", Set.of(Role.COUNCIL_OFFICER), NORWICH, "Norwich City Council");
    private static final Caller NORWICH_ADMIN =
            new Caller("n", "n@norwich.demo", "N", Set.of(Role.COUNCIL_ADMIN), NORWICH, "Norwich City Council");
    private static final Caller STAFF =
            new Caller("s", "s@eelga.demo", "S", Set.of(Role.ASSOCIATION_STAFF), null, null);
    private static final Caller ASSOCIATION_ADMIN =
            new Caller("a", "a@eelga.demo", "A", Set.of(Role.ASSOCIATION_ADMIN), null, null);

    @Test
    void staff_only_work_refuses_council_people_with_403_in_the_features_words() {
        assertThat(STAFF.requireStaff("Only staff.")).isSameAs(STAFF);
        assertThat(ASSOCIATION_ADMIN.requireStaff("Only staff.")).isSameAs(ASSOCIATION_ADMIN);
        assertThatThrownBy(() -> NORWICH_ADMIN.requireStaff("Only association staff plan meetings."))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(refused.code()).isEqualTo("forbidden");
                    assertThat(refused.getMessage()).isEqualTo("Only association staff plan meetings.");
                });
        assertThatThrownBy(() -> NORWICH_OFFICER.requireStaff(() -> new SecurityException("feature's own")))
                .isInstanceOf(SecurityException.class)
                .hasMessage("feature's own");
    }

    @Test
    void association_admin_work_refuses_association_staff_too() {
        assertThat(ASSOCIATION_ADMIN.requireAssociationAdmin("Admins only.")).isSameAs(ASSOCIATION_ADMIN);
        assertThatThrownBy(() -> STAFF.requireAssociationAdmin("Admins only."))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> assertThat(refused.kind())
                        .isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> NORWICH_ADMIN.requireAssociationAdmin("Admins only."))
                .isInstanceOf(ActionRefused.class);
    }

    @Test
    void another_councils_id_looks_like_one_that_does_not_exist() {
        assertThat(NORWICH_OFFICER.requireOwn(NORWICH)).isSameAs(NORWICH_OFFICER);
        for (TenantId other : new TenantId[] {CAMBRIDGE, null}) {
            assertThatThrownBy(() -> NORWICH_OFFICER.requireOwn(other))
                    .isInstanceOfSatisfying(NotFoundForCaller.class, refused -> {
                        assertThat(refused.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
                        assertThat(refused.code()).isEqualTo("not-found");
                    });
            assertThatThrownBy(() -> NORWICH_OFFICER.requireOwnOrStaff(other)).isInstanceOf(NotFoundForCaller.class);
        }
        // staff have no council of their own, but may see any
        assertThatThrownBy(() -> STAFF.requireOwn(NORWICH)).isInstanceOf(NotFoundForCaller.class);
        assertThat(STAFF.requireOwnOrStaff(CAMBRIDGE)).isSameAs(STAFF);
    }

    @Test
    void a_council_is_administered_by_its_own_admins_and_association_admins_only() {
        assertThat(NORWICH_ADMIN.administers(NORWICH)).isTrue();
        assertThat(NORWICH_ADMIN.administers(CAMBRIDGE)).isFalse();
        assertThat(NORWICH_OFFICER.administers(NORWICH)).isFalse();
        assertThat(STAFF.administers(NORWICH)).isFalse();
        assertThat(ASSOCIATION_ADMIN.administers(CAMBRIDGE)).isTrue();
        assertThatThrownBy(() -> NORWICH_ADMIN.requireAdminOf(CAMBRIDGE, () -> new NotFoundForCaller("No such")))
                .isInstanceOf(NotFoundForCaller.class);
    }

    @Test
    void a_councils_own_work_needs_a_council_and_runs_only_bound_to_it() {
        assertThatThrownBy(() -> STAFF.councilOrRefuse("Only a council's own people do this."))
                .isInstanceOfSatisfying(ActionRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(refused.getMessage()).isEqualTo("Only a council's own people do this.");
                });
        // nothing bound: a programming error, never a council's data
        assertThatThrownBy(() -> NORWICH_OFFICER.councilOrRefuse("x")).isInstanceOf(NoTenantException.class);
        assertThat(TenantScope.callAs(NORWICH_OFFICER, () -> NORWICH_OFFICER.councilOrRefuse("x")))
                .isEqualTo(NORWICH);
        // bound to another council (only the door binds, from the caller, so this cannot come from a request)
        Caller cambridgeOfficer = new Caller(
                "c", "c@cambridge.demo", "C", Set.of(Role.COUNCIL_OFFICER), CAMBRIDGE, "Cambridge City Council");
        assertThatThrownBy(() -> TenantScope.callAs(cambridgeOfficer, () -> NORWICH_OFFICER.councilOrRefuse("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another council");
    }

    @Test
    void only_the_listed_roles_pass() {
        assertThat(NORWICH_ADMIN.requireAny("no", Role.COUNCIL_LEADER, Role.COUNCIL_ADMIN))
                .isSameAs(NORWICH_ADMIN);
        assertThatThrownBy(() -> NORWICH_OFFICER.requireAny("Leaders and admins only.", Role.COUNCIL_LEADER))
                .isInstanceOf(ActionRefused.class)
                .hasMessage("Leaders and admins only.");
    }
}
