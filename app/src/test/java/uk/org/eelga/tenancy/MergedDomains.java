package uk.org.eelga.tenancy;

import java.util.List;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;

/**
 * Merges move email domains between Keycloak organisations, which outlive a test; this puts the demo domains
 * of the councils the merge tests use back where the demo realm had them (each domain may sit in one
 * organisation only, so all are cleared first).
 */
final class MergedDomains {

    static final List<String> MERGE_TEST_COUNCILS = List.of("forest-heath", "st-edmundsbury", "babergh", "mid-suffolk");

    private MergedDomains() {}

    static void restore(KeycloakDirectory keycloak) {
        for (String council : MERGE_TEST_COUNCILS) {
            keycloak.setDomains(council, List.of());
        }
        for (String council : MERGE_TEST_COUNCILS) {
            keycloak.setDomains(council, List.of(council + ".demo"));
        }
    }
}
