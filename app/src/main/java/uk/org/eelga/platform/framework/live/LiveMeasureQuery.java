package uk.org.eelga.platform.framework.live;

import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.shared.ReportingPeriod;

/**
 * What a kind computes: the measure's parameters, the period, and the connection to read with (association-wide
 * for {@link LiveMeasureKind#compute}, the bound council's for {@link LiveMeasureKind#computeForCouncil}).
 */
public record LiveMeasureQuery(Map<String, String> parameters, ReportingPeriod period, Connection connection) {

    public LiveMeasureQuery {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isBlank());
    }

    public String parameter(ParameterSpec spec) {
        return parameter(spec.name())
                .or(() -> Optional.ofNullable(spec.defaultValue()))
                .orElseThrow(() -> new IllegalArgumentException("Missing parameter: " + spec.label()));
    }
}
