package uk.org.eelga.platform.framework.live;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
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

    /** UK midnight at the start of the period, for SQL. */
    public Timestamp from() {
        return Timestamp.from(period.from());
    }

    /** UK midnight after the period's last day (the period ends before it), for SQL. */
    public Timestamp to() {
        return Timestamp.from(period.to());
    }

    /** The period's first day, for SQL. */
    public Date firstDay() {
        return Date.valueOf(period.start());
    }

    /** The period's last day, for SQL. */
    public Date lastDay() {
        return Date.valueOf(period.end());
    }
}
