package uk.org.eelga.tenancy.identity.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A realm of our own for the verifier's tests: an RSA and an EC signing key published as a JWKS by a small local HTTP
 * server that the test can stop (Keycloak down) and that counts how often it is asked.
 */
final class LocalRealm implements AutoCloseable {

    static final String ISSUER = "http://localhost:1/realms/test";

    final RSAKey rsa;
    final ECKey ec;
    final AtomicInteger fetches = new AtomicInteger();
    private final HttpServer server;

    LocalRealm() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").keyUse(KeyUse.SIGNATURE).generate();
        ec = new ECKeyGenerator(Curve.P_256)
                .keyID("ec-1")
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(List.<JWK>of(rsa.toPublicJWK(), ec.toPublicJWK()))
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    URI jwks() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs");
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    /** The claims Keycloak puts in an access token for the API. */
    static JWTClaimsSet.Builder accessClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("person-1")
                .audience(List.of("eelga-api"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("typ", "Bearer")
                .claim("sid", "session-1")
                .claim("email", "officer@norwich.demo")
                .claim("name", "Officer of Norwich")
                .claim("organization", List.of("norwich"))
                .claim("roles", List.of("council-officer"));
    }

    String signRs256(JWTClaimsSet claims) throws Exception {
        return sign(JWSAlgorithm.RS256, new RSASSASigner(rsa), rsa.getKeyID(), claims, h -> {});
    }

    static String sign(
            JWSAlgorithm algorithm,
            JWSSigner signer,
            String kid,
            JWTClaimsSet claims,
            Consumer<JWSHeader.Builder> extra)
            throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
        if (kid != null) {
            header.keyID(kid);
        }
        extra.accept(header);
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    String signEs256(JWTClaimsSet claims) throws Exception {
        return sign(JWSAlgorithm.ES256, new ECDSASigner(ec), ec.getKeyID(), claims, h -> {});
    }
}
