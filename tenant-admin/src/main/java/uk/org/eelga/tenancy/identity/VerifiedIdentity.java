package uk.org.eelga.tenancy.identity;

import java.util.List;

/** The claims of a token whose signature, issuer, audience and expiry have already been checked. */
public record VerifiedIdentity(
        String subject, String email, String displayName, List<String> organizations, List<String> roles) {

    public VerifiedIdentity {
        organizations = List.copyOf(organizations);
        roles = List.copyOf(roles);
    }
}
