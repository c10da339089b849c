/**
 * The platform's one token verifier, for pages (sign-in) and the REST API alike: Keycloak's tokens are checked here
 * (signature by a key of the realm's JWKS with RS256, PS256 or ES256 only, exact issuer, audience, type, times) and
 * only here are their claims turned into a {@link uk.org.eelga.tenancy.identity.VerifiedIdentity}. No UI imports.
 */
package uk.org.eelga.tenancy.identity.token;
