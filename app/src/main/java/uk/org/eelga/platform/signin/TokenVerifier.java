package uk.org.eelga.platform.signin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;

/**
 * Verifies Keycloak's tokens: RS256 signature against the realm's published keys, issuer, expiry, audience,
 * and for ID tokens the nonce of this sign-in. Nothing is read from a token before this passes.
 */
@Singleton
class TokenVerifier {

    private final OidcSettings settings;
    private final JWKSource<SecurityContext> keys;

    TokenVerifier(OidcSettings settings) throws MalformedURLException {
        this.settings = settings;
        this.keys = JWKSourceBuilder.create(settings.jwksEndpoint().toURL())
                .retrying(true)
                .build();
    }

    VerifiedIdentity verifyAccessToken(String token) {
        JWTClaimsSet claims = verify(token, settings.apiAudience());
        try {
            return new VerifiedIdentity(
                    claims.getSubject(),
                    Objects.requireNonNullElse(claims.getStringClaim("email"), ""),
                    Objects.requireNonNullElse(
                            claims.getStringClaim("name"),
                            Objects.requireNonNullElse(claims.getStringClaim("preferred_username"), "")),
                    listClaim(claims, "organization"),
                    listClaim(claims, "roles"));
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("Token claims have the wrong type", e);
        }
    }

    void verifyIdToken(String token, String expectedNonce) {
        JWTClaimsSet claims = verify(token, settings.clientId());
        Object nonce = claims.getClaim("nonce");
        if (!expectedNonce.equals(nonce)) {
            throw new InvalidTokenException("ID token nonce does not match this sign-in", null);
        }
    }

    private JWTClaimsSet verify(String token, String audience) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp", "iat")));
        try {
            return processor.process(token, null);
        } catch (Exception e) {
            throw new InvalidTokenException("Token rejected: " + e.getMessage(), e);
        }
    }

    private static List<String> listClaim(JWTClaimsSet claims, String name) throws java.text.ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : values;
    }

    /** A token that failed verification. */
    static class InvalidTokenException extends RuntimeException {
        InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
