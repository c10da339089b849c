package uk.org.eelga.tenancy.identity;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The claims of a token whose signature, issuer, audience and expiry have already been checked (only
 * {@code identity.token.TokenVerifier} makes these from tokens).
 *
 * @param issuedAt  when Keycloak issued the token: a token issued before the person's access last changed is refused
 * @param sessionId the Keycloak session the token belongs to ({@code sid}), if it says
 */
public record VerifiedIdentity(
        String subject,
        String email,
        String displayName,
        List<String> organizations,
        List<String> roles,
        Instant issuedAt,
        @Nullable String sessionId) {

    public VerifiedIdentity {
        organizations = List.copyOf(organizations);
        roles = List.copyOf(roles);
    }
}
