package uk.org.eelga.tenancy.identity.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * {@code eelga.oidc.*} as the verifier reads it.
 *
 * @param issuer              the realm URL exactly as tokens carry it in {@code iss}
 * @param backchannel         the Keycloak base URL the server calls (for the realm's keys)
 * @param realm               the realm name
 * @param clientId            the platform's own client: the audience of ID tokens
 * @param apiAudience         the audience every API access token must carry ({@code eelga-api})
 * @param jwksUrl             where the realm's keys are, when not the usual place under {@code backchannel}
 * @param clockSkew           how far apart Keycloak's clock and ours may be for {@code exp}, {@code nbf} and {@code iat}
 * @param keysRefreshInterval the least time between two fetches of the keys (an unknown key id triggers one)
 * @param keysMaxAge          after this the keys are fetched again in the background; until then, and while Keycloak
 *                            cannot be reached, the cached keys are used
 */
@ConfigurationProperties("eelga.oidc")
public record TokenSettings(
        String issuer,
        String backchannel,
        String realm,
        String clientId,
        String apiAudience,
        @Nullable URI jwksUrl,
        @Bindable(defaultValue = "30s") Duration clockSkew,
        @Bindable(defaultValue = "10s") Duration keysRefreshInterval,
        @Bindable(defaultValue = "15m") Duration keysMaxAge) {

    /** The realm's published signing keys. */
    public URI jwks() {
        return jwksUrl != null
                ? jwksUrl
                : URI.create(backchannel + "/realms/" + realm + "/protocol/openid-connect/certs");
    }
}
