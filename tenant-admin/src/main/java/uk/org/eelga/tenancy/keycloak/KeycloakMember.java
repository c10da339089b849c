package uk.org.eelga.tenancy.keycloak;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** A Keycloak user as the platform shows them: id, email, names, whether enabled, and their realm roles. */
@Serdeable
public record KeycloakMember(
        String id, String email, String firstName, String lastName, boolean enabled, Set<String> realmRoles) {}
