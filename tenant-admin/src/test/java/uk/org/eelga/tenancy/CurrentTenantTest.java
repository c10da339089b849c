package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrentTenantTest {

    private static final TenantId NORWICH = TenantId.of("norwich");
    private static final TenantId IPSWICH = TenantId.of("ipswich");

    @Test
    void nothing_is_bound_by_default_and_requiring_a_council_then_fails() {
        assertThat(CurrentTenant.get()).isEmpty();
        assertThatThrownBy(CurrentTenant::require).isInstanceOf(NoTenantException.class);
    }

    @Test
    void a_nested_binding_restores_the_outer_council_when_it_ends() {
        CurrentTenant.runAs(NORWICH, () -> {
            assertThat(CurrentTenant.require()).isEqualTo(NORWICH);
            CurrentTenant.runAs(
                    IPSWICH, () -> assertThat(CurrentTenant.require()).isEqualTo(IPSWICH));
            assertThat(CurrentTenant.require()).isEqualTo(NORWICH);
        });
        assertThat(CurrentTenant.get()).isEmpty();
    }

    @Test
    void the_binding_ends_even_when_the_work_fails() {
        assertThatThrownBy(() -> CurrentTenant.runAs(NORWICH, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(CurrentTenant.get()).isEmpty();
    }

    @Test
    void another_thread_does_not_see_this_threads_council() throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Object> seen = new java.util.concurrent.atomic.AtomicReference<>();
        try (CurrentTenant.Binding ignored = CurrentTenant.bind(NORWICH)) {
            Thread other = new Thread(() -> seen.set(CurrentTenant.get()));
            other.start();
            other.join();
        }
        assertThat(seen.get()).isEqualTo(java.util.Optional.empty());
    }
}
