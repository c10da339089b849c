package uk.org.eelga.platform.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import uk.org.eelga.tenancy.identity.token.RealmKeys;

/**
 * Tokens can be checked when the platform holds the realm's signing keys. Keycloak being unreachable while keys are
 * cached does not make the platform unready (signed-in callers keep working); staff see it in the details.
 */
@Singleton
@Readiness
class KeycloakHealthIndicator implements HealthIndicator {

    private final RealmKeys keys;

    KeycloakHealthIndicator(RealmKeys keys) {
        this.keys = keys;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check);
    }

    private HealthResult check() {
        boolean haveKeys = keys.ensureLoaded();
        return HealthResult.builder("keycloak")
                .status(haveKeys ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of(
                        "realmKeys", keys.url().toString(),
                        "keysHeld", haveKeys,
                        "lastFetchFailed", keys.lastFetchFailed()))
                .build();
    }
}
