package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;
import uk.org.eelga.platform.framework.live.LiveMeasureKind;
import uk.org.eelga.platform.framework.live.LiveMeasureQuery;
import uk.org.eelga.platform.framework.live.MeasureResult;
import uk.org.eelga.platform.framework.live.ParameterSpec;
import uk.org.eelga.platform.framework.live.SqlKindSupport;

/** "Two Summits delivered per annum": events of a type held (not cancelled, already taken place) in the period. */
@Singleton
class EventsHeldKind implements LiveMeasureKind {

    static final ParameterSpec EVENT_TYPE =
            new ParameterSpec("eventType", "Event type (SUMMIT, CONFERENCE...; empty: all)", false, "");

    private static final String SQL = "select null, m.title, to_char(m.starts_at at time zone 'Europe/London',"
            + " 'DD Mon YYYY') || case when m.cancelled_reason is not null then ', cancelled' else '' end,"
            + " m.cancelled_reason is null and m.starts_at < ? from engagement_meeting m"
            + " where m.kind = 'EVENT' and m.starts_at >= ? and m.starts_at < ? and (? = '' or m.event_type = ?)"
            + " order by m.starts_at";

    @Override
    public String code() {
        return "events-held";
    }

    @Override
    public String title() {
        return "Events held";
    }

    @Override
    public String description() {
        return "Events of a type that took place in the period (cancelled and future ones are listed, not counted).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(EVENT_TYPE);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        String type = query.parameter(EVENT_TYPE);
        List<EvidenceRow> evidence = SqlKindSupport.evidence(query, SQL, statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now()));
            statement.setTimestamp(2, Timestamp.from(query.period().from()));
            statement.setTimestamp(3, Timestamp.from(query.period().to()));
            statement.setString(4, type);
            statement.setString(5, type);
        });
        return MeasureResult.count(
                evidence.stream().filter(EvidenceRow::counted).count(), evidence);
    }
}
