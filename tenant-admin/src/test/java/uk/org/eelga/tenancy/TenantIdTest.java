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
}
