package uk.org.eelga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.eelga.platform.support.Api;
import uk.org.eelga.platform.support.DemoTokens;
import uk.org.eelga.platform.support.KeycloakMaster;
import uk.org.eelga.platform.support.PlatformIT;

/**
 * Issue 11, point 1, as an attacker would try it: every kind of forged, foreign or wrong token is sent to one route of
 * every controller the router knows (a new controller is covered without editing this test), and each must be
 * refused with 401 and a problem body. Tokens come from the real Keycloak where they can: its ID and refresh tokens,
 * a service account's token (wrong audience), a real token that has expired, and a correctly signed token of another
 * realm (the demo council's identity provider).
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedTokensIT {

    @Inject
    Router router;

    final Map<String, String> forged = new LinkedHashMap<>();

    @BeforeAll
    void forge() throws Exception {
        Map<String, String> real = DemoTokens.tokens("admin@norwich.demo");
        SignedJWT genuineJwt = SignedJWT.parse(real.get("access_token"));
        JWTClaimsSet claims = genuineJwt.getJWTClaimsSet();
        String realmKid = genuineJwt.getHeader().getKeyID();
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(realmKid).generate();
        RSAKey realmPublic =
                (RSAKey) JWKSet.load(URI.create(DemoTokens.keycloak() + "/realms/eelga/protocol/openid-connect/certs")
                                .toURL())
                        .getKeyByKeyId(realmKid);

        Base64URL body = Base64URL.encode(claims.toString());
        forged.put("alg none", Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + body + ".");
        forged.put(
                "alg none with the genuine signature",
                Base64URL.encode("{\"alg\":\"none\"}") + "." + body + "." + genuineJwt.getSignature());
        forged.put(
                "HS256 signed with the realm's public key",
                sign(
                        JWSAlgorithm.HS256,
                        new MACSigner(realmPublic.toRSAPublicKey().getEncoded()),
                        claims,
                        h -> h.keyID(realmKid)));
        forged.put(
                "jku to the attacker's keys",
                sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), claims, h -> h.keyID(realmKid)
                        .jwkURL(URI.create("http://127.0.0.1:9/attacker-jwks"))));
        forged.put(
                "x5u to the attacker's certificate",
                sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), claims, h -> h.keyID(realmKid)
                        .x509CertURL(URI.create("http://127.0.0.1:9/attacker.pem"))));
        forged.put("embedded jwk", sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), claims, h -> h.keyID(realmKid)
                .jwk(attacker.toPublicJWK())));
        forged.put(
                "unknown kid",
                sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), claims, h -> h.keyID("not-a-realm-key")));
        forged.put(
                "the realm's kid, signed by another key",
                sign(JWSAlgorithm.RS256, new RSASSASigner(attacker), claims, h -> h.keyID(realmKid)));
        forged.put(
                "claims changed after signing (another council)",
                genuineJwt.getParsedParts()[0] + "."
                        + Base64URL.encode(new JWTClaimsSet.Builder(claims)
                                .claim("organization", List.of("ipswich"))
                                .build()
                                .toString())
                        + "." + genuineJwt.getSignature());
        forged.put("ID token", real.get("id_token"));
        forged.put("refresh token", real.get("refresh_token"));
        forged.put("service account token (wrong audience)", serviceAccountToken());
        forged.put("another realm's token (wrong issuer)", otherRealmToken());
        forged.put("expired access token", expiredToken());
        forged.put("garbage", "garbage");
        forged.put("three dots", "a.b.c");
        forged.put("empty bearer", "");
    }

    @Test
    void a_genuine_token_is_admitted_so_refusals_below_mean_something() {
        assertThat(Api.get("/api/v1/me", DemoTokens.accessToken("admin@norwich.demo"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void every_forged_or_foreign_token_gets_401_with_a_problem_on_every_controller() {
        Map<String, UriRouteInfo<?, ?>> oneRoutePerController = routes();
        assertThat(oneRoutePerController)
                .as("controllers found in the router")
                .hasSizeGreaterThanOrEqualTo(24)
                .containsKeys(
                        "MeController", "InvoicesController", "StripeWebhookController", "CouncilUsersController");
        List<String> accepted = new ArrayList<>();
        for (var route : oneRoutePerController.entrySet()) {
            String method = route.getValue().getHttpMethod().name();
            String path = path(route.getValue());
            for (var token : forged.entrySet()) {
                Api.Answer answer = Api.send(method, path, token.getValue(), method.equals("GET") ? null : "{}");
                if (answer.status() != 401 || !problem(answer.body())) {
                    accepted.add(route.getKey() + " " + method + " " + path + " with " + token.getKey() + ": "
                            + answer.status() + " " + answer.body());
                }
            }
        }
        assertThat(accepted).as("forged tokens not refused with a 401 problem").isEmpty();
    }

    /**
     * One route of each controller (its first GET if it has one), by the controller's simple name: every route that
     * Micronaut's servlet serves (the API and health; management endpoints elsewhere are not served at all).
     */
    private Map<String, UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes()
                .filter(route -> route.getTargetMethod() != null)
                .filter(route -> {
                    String template = route.getUriMatchTemplate().toString();
                    return template.startsWith("/api/") || template.startsWith("/health");
                })
                .sorted(Comparator.comparing((UriRouteInfo<?, ?> r) ->
                                !r.getHttpMethod().name().equals("GET"))
                        .thenComparing(r -> r.getUriMatchTemplate().toString()))
                .collect(Collectors.toMap(
                        route -> controllerName(route),
                        route -> (UriRouteInfo<?, ?>) route,
                        (first, second) -> first,
                        LinkedHashMap::new));
    }

    /** The controller's own name, also for one Micronaut wraps in an intercepted subclass (validation, AOP). */
    private static String controllerName(UriRouteInfo<?, ?> route) {
        Class<?> type = route.getTargetMethod().getDeclaringType();
        while (type.getSimpleName().contains("$") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }

    private static String path(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate()
                .toString()
                .replaceAll("\\{[?&][^}]*}", "")
                .replaceAll("\\{[^}]*}", "1");
    }

    private static boolean problem(String body) {
        try {
            JsonNode json = new ObjectMapper().readTree(body);
            return json != null && json.hasNonNull("code") && json.hasNonNull("message");
        } catch (Exception e) {
            return false;
        }
    }

    private static String sign(
            JWSAlgorithm algorithm,
            com.nimbusds.jose.JWSSigner signer,
            JWTClaimsSet claims,
            Consumer<JWSHeader.Builder> header)
            throws Exception {
        JWSHeader.Builder builder = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        header.accept(builder);
        SignedJWT jwt = new SignedJWT(builder.build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** The platform's own service account: a real, correctly signed access token, but not for the API. */
    private static String serviceAccountToken() {
        return DemoTokens.grant(
                        DemoTokens.keycloak() + "/realms/eelga/protocol/openid-connect/token",
                        "grant_type=client_credentials&client_id=eelga-tenant-admin&client_secret="
                                + System.getenv()
                                        .getOrDefault("KEYCLOAK_ADMIN_CLIENT_SECRET", "eelga-tenant-admin-dev-secret"))
                .get("access_token");
    }

    /** A real token of the demo council's realm (Keycloak's own signature, another issuer and other keys). */
    private static String otherRealmToken() {
        try (KeycloakMaster master = new KeycloakMaster()) {
            master.setDirectGrants("demo-council-idp", "eelga-platform-broker", true);
            try {
                return DemoTokens.grant(
                                DemoTokens.keycloak() + "/realms/demo-council-idp/protocol/openid-connect/token",
                                "grant_type=password&scope=openid&client_id=eelga-platform-broker"
                                        + "&client_secret=council-idp-dev-secret&username=sam.smith%40broadland.demo"
                                        + "&password=" + DemoTokens.PASSWORD)
                        .get("access_token");
            } finally {
                master.setDirectGrants("demo-council-idp", "eelga-platform-broker", false);
            }
        }
    }

    /** A real access token issued with a one-second lifetime, used after it (and the test's 1 s skew) ran out. */
    private static String expiredToken() throws Exception {
        String token;
        try (KeycloakMaster master = new KeycloakMaster()) {
            String old = master.setAttribute("eelga", "eelga-cli", "access.token.lifespan", "1");
            try {
                token = DemoTokens.accessToken("officer@norwich.demo");
            } finally {
                master.setAttribute("eelga", "eelga-cli", "access.token.lifespan", old);
            }
        }
        Date expires = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
        while (Instant.now().isBefore(expires.toInstant().plusSeconds(3))) {
            Thread.sleep(250);
        }
        return token;
    }
}
