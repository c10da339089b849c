package uk.org.eelga.tenancy.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;

/** The verifier against a realm of our own: what it accepts, and every forgery it must refuse. */
class TokenVerifierTest {

    LocalRealm realm;
    TokenVerifier verifier;
    RSAKey attacker;

    @BeforeEach
    void start() throws Exception {
        realm = new LocalRealm();
        verifier = verifier(realm.jwks(), Duration.ofSeconds(30));
        attacker = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    }

    @AfterEach
    void stop() {
        realm.close();
    }

    TokenVerifier verifier(URI jwks, Duration refreshInterval) {
        TokenSettings settings = new TokenSettings(
                LocalRealm.ISSUER,
                "http://unused",
                "test",
                "eelga-platform",
                "eelga-api",
                jwks,
                Duration.ofSeconds(30),
                refreshInterval,
                Duration.ofMinutes(15));
        return new TokenVerifier(settings, new RealmKeys(settings, Clock.systemUTC()), Clock.systemUTC());
    }

    @Test
    void a_realm_access_token_signed_rs256_ps256_or_es256_gives_the_persons_identity() throws Exception {
        JWTClaimsSet claims = LocalRealm.accessClaims().build();
        VerifiedIdentity identity = verifier.verifyAccessToken(realm.signRs256(claims));
        assertThat(identity.subject()).isEqualTo("person-1");
        assertThat(identity.organizations()).containsExactly("norwich");
        assertThat(identity.roles()).containsExactly("council-officer");
        assertThat(identity.sessionId()).isEqualTo("session-1");
        assertThat(identity.issuedAt())
                .isEqualTo(claims.getIssueTime().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        String ps256 = LocalRealm.sign(
                JWSAlgorithm.PS256,
                new RSASSASigner(realm.rsa),
                "rsa-1",
                LocalRealm.accessClaims().build(),
                h -> {});
        assertThat(verifier.verifyAccessToken(ps256).subject()).isEqualTo("person-1");
        assertThat(verifier.verifyAccessToken(realm.signEs256(claims)).subject())
                .isEqualTo("person-1");
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        String none = new PlainJWT(LocalRealm.accessClaims().build()).serialize();
        refused(none);
        // alg none spelled other ways, with a signature part left empty or filled
        String claims =
                Base64URL.encode(LocalRealm.accessClaims().build().toString()).toString();
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String header = Base64URL.encode("{\"alg\":\"" + alg + "\",\"kid\":\"rsa-1\"}")
                    .toString();
            refused(header + "." + claims + ".");
            refused(header + "." + claims + ".c2lnbmF0dXJl");
        }
    }

    @Test
    void an_hmac_token_signed_with_the_realms_public_key_as_secret_is_refused() throws Exception {
        byte[] publicKeyBytes = realm.rsa.toRSAPublicKey().getEncoded();
        byte[] pem = ("-----BEGIN PUBLIC KEY-----\n" + Base64.encode(publicKeyBytes) + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] jwkJson = realm.rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        for (byte[] secret : List.of(publicKeyBytes, pem, jwkJson)) {
            for (JWSAlgorithm hs : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
                refused(LocalRealm.sign(
                        hs,
                        new MACSigner(secret),
                        "rsa-1",
                        LocalRealm.accessClaims().build(),
                        h -> {}));
            }
        }
    }

    @Test
    void a_token_that_brings_its_own_key_is_refused_even_when_that_key_signed_it() throws Exception {
        JWTClaimsSet claims = LocalRealm.accessClaims().build();
        RSASSASigner signer = new RSASSASigner(attacker);
        refused(LocalRealm.sign(JWSAlgorithm.RS256, signer, "rsa-1", claims, h -> h.jwk(attacker.toPublicJWK())));
        refused(LocalRealm.sign(
                JWSAlgorithm.RS256, signer, "rsa-1", claims, h -> h.jwkURL(URI.create("https://evil.example/jwks"))));
        refused(LocalRealm.sign(
                JWSAlgorithm.RS256,
                signer,
                "rsa-1",
                claims,
                h -> h.x509CertURL(URI.create("https://evil.example/x5u"))));
        refused(LocalRealm.sign(
                JWSAlgorithm.RS256,
                signer,
                "rsa-1",
                claims,
                h -> h.x509CertChain(List.of(Base64.encode("not really a certificate")))));
        // the attacker's key under the realm key's id: the signature does not verify
        refused(LocalRealm.sign(JWSAlgorithm.RS256, signer, "rsa-1", claims, h -> {}));
    }

    @Test
    void unknown_or_missing_key_ids_and_keys_of_the_wrong_type_are_refused() throws Exception {
        JWTClaimsSet claims = LocalRealm.accessClaims().build();
        refused(LocalRealm.sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), "someone-elses", claims, h -> {}));
        refused(LocalRealm.sign(JWSAlgorithm.RS256, new RSASSASigner(realm.rsa), null, claims, h -> {}));
        // an RS384 signature by the realm's own key: only the three algorithms are accepted
        refused(LocalRealm.sign(JWSAlgorithm.RS384, new RSASSASigner(realm.rsa), "rsa-1", claims, h -> {}));
        // ES256 claimed for the RSA key's id
        refused(LocalRealm.sign(
                JWSAlgorithm.ES256, new com.nimbusds.jose.crypto.ECDSASigner(realm.ec), "rsa-1", claims, h -> {}));
    }

    @Test
    void wrong_issuer_audience_kind_or_times_are_refused() throws Exception {
        Instant now = Instant.now();
        refused(realm.signRs256(LocalRealm.accessClaims()
                .issuer("http://localhost:1/realms/demo-council-idp")
                .build()));
        refused(realm.signRs256(
                LocalRealm.accessClaims().issuer(LocalRealm.ISSUER + "/").build()));
        refused(realm.signRs256(
                LocalRealm.accessClaims().audience(List.of("account")).build()));
        refused(realm.signRs256(
                LocalRealm.accessClaims().audience(List.<String>of()).build()));
        refused(realm.signRs256(LocalRealm.accessClaims().claim("typ", "ID").build()));
        refused(realm.signRs256(
                LocalRealm.accessClaims().claim("typ", "Refresh").build()));
        refused(realm.signRs256(LocalRealm.accessClaims().claim("typ", null).build()));
        refused(realm.signRs256(LocalRealm.accessClaims().subject(null).build()));
        refused(realm.signRs256(LocalRealm.accessClaims()
                .expirationTime(Date.from(now.minusSeconds(31)))
                .build()));
        refused(realm.signRs256(LocalRealm.accessClaims().expirationTime(null).build()));
        refused(realm.signRs256(LocalRealm.accessClaims()
                .notBeforeTime(Date.from(now.plusSeconds(120)))
                .build()));
        refused(realm.signRs256(LocalRealm.accessClaims()
                .issueTime(Date.from(now.plusSeconds(120)))
                .build()));
        // within the skew: a token just expired by Keycloak's clock is still fine
        assertThat(verifier.verifyAccessToken(realm.signRs256(LocalRealm.accessClaims()
                                .expirationTime(Date.from(now.minusSeconds(5)))
                                .build()))
                        .subject())
                .isEqualTo("person-1");
    }

    @Test
    void garbage_is_refused() {
        for (String garbage : List.of("", " ", "x", "a.b.c", "a.b", "....", "Bearer x", "\u0000", "x".repeat(20_000))) {
            refused(garbage);
        }
        refused(null);
    }

    @Test
    void an_id_token_is_checked_for_the_platform_client_and_this_sign_ins_nonce() throws Exception {
        JWTClaimsSet.Builder id = LocalRealm.accessClaims()
                .audience(List.of("eelga-platform"))
                .claim("typ", "ID")
                .claim("azp", "eelga-platform")
                .claim("nonce", "n-1");
        assertThat(verifier.verifyIdToken(realm.signRs256(id.build()), "n-1").subject())
                .isEqualTo("person-1");
        assertThatThrownBy(() -> verifier.verifyIdToken(realm.signRs256(id.build()), "n-2"))
                .isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> verifier.verifyIdToken(
                        realm.signRs256(id.claim("azp", "eelga-cli").build()), "n-1"))
                .isInstanceOf(InvalidToken.class);
        // an access token is not an ID token, nor the other way round
        assertThatThrownBy(() -> verifier.verifyIdToken(
                        realm.signRs256(LocalRealm.accessClaims().build()), "n-1"))
                .isInstanceOf(InvalidToken.class);
        refused(realm.signRs256(id.build()));
    }

    @Test
    void with_keycloak_down_cached_keys_keep_working_and_only_an_uncheckable_token_is_unavailable() throws Exception {
        String valid = realm.signRs256(LocalRealm.accessClaims().build());
        assertThat(verifier.verifyAccessToken(valid).subject()).isEqualTo("person-1");
        realm.stop();

        assertThat(verifier.verifyAccessToken(valid).subject()).isEqualTo("person-1");
        assertThat(verifier.verifyAccessToken(
                                realm.signEs256(LocalRealm.accessClaims().build()))
                        .subject())
                .isEqualTo("person-1");
        String unknownKey = LocalRealm.sign(
                JWSAlgorithm.RS256,
                new RSASSASigner(attacker),
                "rotated-key",
                LocalRealm.accessClaims().build(),
                h -> {});
        TokenVerifier fresh = verifier(realm.jwks(), Duration.ZERO);
        assertThatThrownBy(() -> fresh.verifyAccessToken(unknownKey)).isInstanceOf(TokenCheckUnavailable.class);
        // forged tokens that fail before any key is needed are still plain refusals
        assertThatThrownBy(() -> fresh.verifyAccessToken(
                        new PlainJWT(LocalRealm.accessClaims().build()).serialize()))
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void a_flood_of_unknown_key_ids_fetches_the_realms_keys_once_per_interval() throws Exception {
        assertThat(verifier.verifyAccessToken(
                        realm.signRs256(LocalRealm.accessClaims().build())))
                .isNotNull();
        int before = realm.fetches.get();
        for (int i = 0; i < 50; i++) {
            refused(LocalRealm.sign(
                    JWSAlgorithm.RS256,
                    new RSASSASigner(attacker),
                    "kid-" + i,
                    LocalRealm.accessClaims().build(),
                    h -> {}));
        }
        assertThat(realm.fetches.get() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void an_unknown_key_id_refreshes_the_keys_once_the_interval_has_passed() throws Exception {
        TokenVerifier eager = verifier(realm.jwks(), Duration.ZERO);
        eager.verifyAccessToken(realm.signRs256(LocalRealm.accessClaims().build()));
        int before = realm.fetches.get();
        refused(
                eager,
                LocalRealm.sign(
                        JWSAlgorithm.RS256,
                        new RSASSASigner(attacker),
                        "new-kid",
                        LocalRealm.accessClaims().build(),
                        h -> {}));
        assertThat(realm.fetches.get()).isEqualTo(before + 1);
    }

    private void refused(String token) {
        refused(verifier, token);
    }

    private static void refused(TokenVerifier verifier, String token) {
        assertThatThrownBy(() -> verifier.verifyAccessToken(token))
                .as("token %s", token == null ? null : token.substring(0, Math.min(80, token.length())))
                .isInstanceOf(InvalidToken.class);
    }
}
