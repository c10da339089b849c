package uk.org.eelga.tenancy.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;

/**
 * The one place where Keycloak's tokens are checked and their claims read, for the pages' sign-in and for every
 * API call. A token passes only when all of this holds, and nothing is read from it before:
 *
 * <ul>
 *   <li>it is a signed JWT with {@code alg} RS256, PS256 or ES256: {@code none} and every HMAC algorithm are refused
 *       (an HMAC "signature" made with the realm's public key as the secret would otherwise verify);
 *   <li>its header names no key of its own ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}) and no critical
 *       extension, and its {@code kid} is a signing key of the realm's JWKS whose type fits the algorithm;
 *   <li>the issuer is exactly the realm's; {@code exp} is not past and {@code nbf} not to come (with a small skew),
 *       {@code iat} is not in the future; there is a subject;
 *   <li>its kind is the one asked for: Keycloak's {@code typ} claim {@code Bearer} with the API audience for access
 *       tokens, {@code ID} with the platform's client as audience and this sign-in's nonce for ID tokens (refresh
 *       tokens and anything else are refused).
 * </ul>
 *
 * A token whose key cannot be fetched because Keycloak is down raises {@link TokenCheckUnavailable}; every other
 * failure raises {@link InvalidToken}.
 */
@Singleton
public class TokenVerifier {

    static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
    /** Keycloak's access tokens are a few KB; anything far larger is not one of them. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final TokenSettings settings;
    private final RealmKeys keys;
    private final Clock clock;

    public TokenVerifier(TokenSettings settings, RealmKeys keys, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    /** An access token for the API (and for the pages, which take the person's claims from it at sign-in). */
    public VerifiedIdentity verifyAccessToken(String token) {
        JWTClaimsSet claims = verified(token);
        requireType(claims, "Bearer");
        requireAudience(claims, settings.apiAudience());
        return identity(claims);
    }

    /** The ID token of a sign-in: issued to the platform's client, for this sign-in's nonce. */
    public VerifiedIdentity verifyIdToken(String token, String expectedNonce) {
        JWTClaimsSet claims = verified(token);
        requireType(claims, "ID");
        requireAudience(claims, settings.clientId());
        Object nonce = claims.getClaim("nonce");
        if (expectedNonce == null || !expectedNonce.equals(nonce)) {
            throw new InvalidToken("ID token nonce does not match this sign-in");
        }
        Object azp = claims.getClaim("azp");
        if (azp != null && !settings.clientId().equals(azp)) {
            throw new InvalidToken("ID token was issued to another client");
        }
        return identity(claims);
    }

    private JWTClaimsSet verified(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidToken("No token, or far too long to be one");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token.strip());
        } catch (ParseException | RuntimeException e) {
            throw new InvalidToken("Not a signed JWT", e);
        }
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!ACCEPTED.contains(algorithm)) {
            throw new InvalidToken("Algorithm " + algorithm + " is not accepted");
        }
        if (header.getJWKURL() != null
                || header.getX509CertURL() != null
                || header.getJWK() != null
                || header.getX509CertChain() != null) {
            throw new InvalidToken("The token names its own key (jku, x5u, jwk or x5c)");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new InvalidToken("The token has critical header parameters");
        }
        String keyId = header.getKeyID();
        if (keyId == null || keyId.isBlank() || keyId.length() > 200) {
            throw new InvalidToken("The token names no key");
        }
        JWK key = keys.find(keyId).orElseThrow(() -> new InvalidToken("Key " + keyId + " is not one of the realm's"));
        try {
            if (!jwt.verify(verifierFor(algorithm, key))) {
                throw new InvalidToken("Bad signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            checkIssuerAndTimes(claims);
            return claims;
        } catch (JOSEException | ParseException e) {
            throw new InvalidToken("Signature or claims cannot be checked: " + e.getMessage(), e);
        }
    }

    private static JWSVerifier verifierFor(JWSAlgorithm algorithm, JWK key) throws JOSEException {
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
            throw new InvalidToken("Key " + key.getKeyID() + " is for " + key.getAlgorithm() + ", not " + algorithm);
        }
        if ((JWSAlgorithm.RS256.equals(algorithm) || JWSAlgorithm.PS256.equals(algorithm))
                && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        throw new InvalidToken("Key " + key.getKeyID() + " does not fit " + algorithm);
    }

    private void checkIssuerAndTimes(JWTClaimsSet claims) {
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw new InvalidToken("Issued by " + claims.getIssuer() + ", not this realm");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new InvalidToken("No subject");
        }
        Instant now = clock.instant();
        Duration skew = settings.clockSkew();
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(skew))) {
            throw new InvalidToken("Expired, or no expiry");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.isBefore(notBefore.toInstant().minus(skew))) {
            throw new InvalidToken("Not valid yet");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || now.isBefore(issued.toInstant().minus(skew))) {
            throw new InvalidToken("Issued in the future, or no issue time");
        }
    }

    private static void requireType(JWTClaimsSet claims, String type) {
        if (!type.equals(claims.getClaim("typ"))) {
            throw new InvalidToken("A " + claims.getClaim("typ") + " token where a " + type + " token is needed");
        }
    }

    private static void requireAudience(JWTClaimsSet claims, String audience) {
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new InvalidToken("Not issued for " + audience);
        }
    }

    /** The only mapping of token claims to an identity in the platform. */
    private static VerifiedIdentity identity(JWTClaimsSet claims) {
        try {
            return new VerifiedIdentity(
                    claims.getSubject(),
                    Objects.requireNonNullElse(claims.getStringClaim("email"), ""),
                    Objects.requireNonNullElse(
                            claims.getStringClaim("name"),
                            Objects.requireNonNullElse(claims.getStringClaim("preferred_username"), "")),
                    strings(claims, "organization"),
                    strings(claims, "roles"),
                    claims.getIssueTime().toInstant(),
                    claims.getStringClaim("sid"));
        } catch (ParseException e) {
            throw new InvalidToken("Claims of the wrong type", e);
        }
    }

    private static List<String> strings(JWTClaimsSet claims, String name) throws ParseException {
        List<String> values = claims.getStringListClaim(name);
        return values == null ? List.of() : values;
    }
}
