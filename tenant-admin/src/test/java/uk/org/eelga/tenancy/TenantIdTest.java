package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void accepts_council_ids_as_keycloak_organisation_aliases() {
        assertThat(TenantId.of("kings-lynn-west-norfolk").value()).isEqualTo("kings-lynn-west-norfolk");
    }

    @Test
    void refuses_anything_that_could_smuggle_sql_or_paths() {
        for (String bad :
                new String[] {"", "Norwich", "norwich'--", "../cambridge", "a b", "-norwich", "x".repeat(61)}) {
            assertThatThrownBy(() -> TenantId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_council_id_a_caller_gave_is_the_council_or_the_features_own_refusal_never_another_exception() {
        assertThat(TenantId.given("norwich", IllegalStateException::new)).isEqualTo(TenantId.of("norwich"));
        for (String bad :
                new String[] {null, "", "Norwich", "norwich'--", "../cambridge", "x".repeat(61), " norwich"}) {
            assertThatThrownBy(() -> TenantId.given(bad, () -> new IllegalStateException("No such council")))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("No such council");
        }
    }
}
