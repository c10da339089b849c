package uk.org.eelga.tenancy.keycloak;

import io.micronaut.core.annotation.Nullable;

/** A council's identity provider as Keycloak holds it (never its client secret). */
public record LinkedIdentityProvider(
        String alias,
        String displayName,
        @Nullable String issuer,
        @Nullable String clientId,
        @Nullable String domain,
        @Nullable String organisationId,
        boolean redirectsByEmailDomain,
        boolean enabled) {}
