package uk.org.eelga.tenancy.keycloak;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The real Keycloak directory, with one step made to fail on request, as Keycloak failing half-way through would
 * (only in test contexts that set {@code test.keycloak.faults}). Everything else reaches the real Keycloak.
 */
@Singleton
@Replaces(KeycloakDirectory.class)
@Requires(property = "test.keycloak.faults", value = "on")
public class FaultyKeycloakDirectory extends KeycloakDirectory {

    public static volatile boolean failSettingRoles;
    public static volatile boolean failDeletingUsers;

    FaultyKeycloakDirectory(KeycloakAdminSettings settings) {
        super(settings);
    }

    public static void heal() {
        failSettingRoles = false;
        failDeletingUsers = false;
    }

    @Override
    public void setRealmRoles(String userId, Set<String> wanted, Set<String> manageable) {
        if (failSettingRoles) {
            throw new KeycloakUnavailable("Keycloak refused to set roles (HTTP 500)", null);
        }
        super.setRealmRoles(userId, wanted, manageable);
    }

    @Override
    public void deleteUser(String userId) {
        if (failDeletingUsers) {
            throw new KeycloakUnavailable("Keycloak did not answer while trying to delete user", null);
        }
        super.deleteUser(userId);
    }
}
