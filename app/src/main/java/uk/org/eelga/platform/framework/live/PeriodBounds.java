package uk.org.eelga.platform.framework.live;

import java.sql.Timestamp;
import java.time.ZoneId;

/** A query's period as the half-open range of instants [from, to) in UK time, for SQL. */
public final class PeriodBounds {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private PeriodBounds() {}

    public static Timestamp from(LiveMeasureQuery query) {
        return Timestamp.from(query.period().start().atStartOfDay(UK).toInstant());
    }

    public static Timestamp to(LiveMeasureQuery query) {
        return Timestamp.from(query.period().end().plusDays(1).atStartOfDay(UK).toInstant());
    }
}
