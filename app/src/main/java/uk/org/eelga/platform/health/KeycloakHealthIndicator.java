package uk.org.eelga.platform.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import uk.org.eelga.platform.signin.OidcSettings;

/** Keycloak is reachable when its realm publishes signing keys (without them no token can be checked). */
@Singleton
@Readiness
class KeycloakHealthIndicator implements HealthIndicator {

    private final URI keys;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    KeycloakHealthIndicator(OidcSettings settings) {
        this.keys = settings.jwksEndpoint();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check);
    }

    private HealthResult check() {
        HealthResult.Builder result = HealthResult.builder("keycloak");
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(keys)
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean up = response.statusCode() == 200;
            return result.status(up ? HealthStatus.UP : HealthStatus.DOWN)
                    .details(Map.of("realmKeys", keys.toString(), "httpStatus", response.statusCode()))
                    .build();
        } catch (Exception e) {
            return result.status(HealthStatus.DOWN)
                    .details(Map.of("realmKeys", keys.toString(), "error", String.valueOf(e.getMessage())))
                    .build();
        }
    }
}
