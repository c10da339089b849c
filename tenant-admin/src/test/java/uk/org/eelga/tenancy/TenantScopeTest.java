package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    private static final TenantId NORWICH = TenantId.of("norwich");
    private static final TenantId IPSWICH = TenantId.of("ipswich");
    private static final Caller OFFICER =
            new Caller("o", "o@norwich.demo", "O", Set.of(Role.COUNCIL_OFFICER), NORWICH, "Norwich City Council");
    private static final Caller STAFF =
            new Caller("s", "s@eelga.demo", "S", Set.of(Role.ASSOCIATION_STAFF), null, null);

    @Test
    void a_council_person_is_bound_to_their_council_and_staff_to_none() {
        assertThat(TenantScope.callAs(OFFICER, CurrentTenant::get)).contains(NORWICH);
        assertThat(TenantScope.callAs(STAFF, CurrentTenant::get)).isEmpty();
        try (CurrentTenant.Binding ignored = TenantScope.bind(OFFICER)) {
            // staff work inside a council's request binds no council for its duration
            assertThat(TenantScope.callAs(STAFF, CurrentTenant::get)).isEmpty();
            assertThat(CurrentTenant.get()).contains(NORWICH);
        }
        assertThat(CurrentTenant.get()).isEmpty();
    }

    @Test
    void only_association_staff_act_on_behalf_of_a_council_and_never_inside_another_councils_work() {
        assertThat(TenantScope.onBehalfOf(STAFF, IPSWICH, CurrentTenant::require))
                .isEqualTo(IPSWICH);
        assertThatThrownBy(() -> TenantScope.onBehalfOf(OFFICER, IPSWICH, CurrentTenant::require))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> TenantScope.callAs(
                        OFFICER, () -> TenantScope.onBehalfOf(STAFF, IPSWICH, CurrentTenant::require)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(CurrentTenant.get()).isEmpty();
    }

    @Test
    void association_wide_work_refuses_to_run_inside_a_councils() {
        TenantScope.requireNoCouncil("fine");
        assertThatThrownBy(() -> TenantScope.runAs(OFFICER, () -> TenantScope.requireNoCouncil("not inside")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("not inside");
    }

    @Test
    void the_binding_ends_even_when_the_work_fails() {
        assertThatThrownBy(() -> TenantScope.runAs(OFFICER, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(CurrentTenant.get()).isEmpty();
    }
}
