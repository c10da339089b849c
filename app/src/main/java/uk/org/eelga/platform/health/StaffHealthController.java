package uk.org.eelga.platform.health;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import reactor.core.publisher.Mono;
import uk.org.eelga.tenancy.api.ForAssociationStaff;

/** Each part's health with its details, for association staff only; anonymous {@code /health} says only UP or DOWN. */
@Controller("/api/v1/staff/health")
@ForAssociationStaff
@Tag(name = "Health")
class StaffHealthController {

    private final HealthAggregator<?> aggregator;
    private final HealthIndicator[] indicators;

    StaffHealthController(HealthAggregator<?> aggregator, List<HealthIndicator> indicators) {
        this.aggregator = aggregator;
        this.indicators = indicators.toArray(HealthIndicator[]::new);
    }

    @Get
    @Operation(summary = "The platform's health with every part's details (database, Keycloak, disk)")
    Mono<?> health() {
        return Mono.from(aggregator.aggregate(indicators, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS));
    }
}
