package uk.org.eelga.tenancy.keycloak;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * What Keycloak needs to broker sign-in to a council's provider: the endpoints it discovered, the client the
 * council registered for the platform, the email domain routed to it and the role people get on first sign-in.
 */
public record ProviderSettings(
        String alias,
        String displayName,
        Map<String, String> discovered,
        String clientId,
        @Nullable String clientSecret,
        String domain,
        String defaultRole) {

    public ProviderSettings {
        discovered = Map.copyOf(discovered);
    }
}
