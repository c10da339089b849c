package uk.org.eelga.platform.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;

/**
 * Where Keycloak is and who the platform is to it.
 *
 * @param issuer        the realm URL browsers use, exactly as it appears in tokens' {@code iss}
 * @param backchannel   the Keycloak base URL the server itself calls (token and key endpoints)
 * @param realm         the realm name
 * @param clientId      the platform's confidential client
 * @param clientSecret  its secret
 * @param apiAudience   the audience every access token must carry (checked by the token verifier, {@code TokenSettings})
 * @param platformUrl   the platform's own public base URL (for redirect URIs)
 */
@ConfigurationProperties("eelga.oidc")
public record OidcSettings(
        String issuer,
        String backchannel,
        String realm,
        String clientId,
        String clientSecret,
        String apiAudience,
        String platformUrl) {

    URI authorizationEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/auth");
    }

    URI endSessionEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/logout");
    }

    URI tokenEndpoint() {
        return URI.create(backchannel + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    String callbackUrl() {
        return platformUrl + "/auth/callback";
    }
}
