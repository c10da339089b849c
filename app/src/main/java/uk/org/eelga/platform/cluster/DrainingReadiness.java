package uk.org.eelga.platform.cluster;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Not ready once the node has begun to stop: load balancers take it out of rotation at once. */
@Singleton
@Readiness
class DrainingReadiness implements HealthIndicator {

    private final Draining draining;

    DrainingReadiness(Draining draining) {
        this.draining = draining;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        boolean stopping = draining.isDraining();
        return Mono.just(HealthResult.builder("node")
                .status(stopping ? HealthStatus.DOWN : HealthStatus.UP)
                .details(Map.of("draining", stopping))
                .build());
    }
}
