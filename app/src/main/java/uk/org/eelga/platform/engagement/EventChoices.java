package uk.org.eelga.platform.engagement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.eelga.platform.framework.live.ParameterChoices;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Rows;

/** A framework measure bound to one event names it in words ("London Plan Summit, 26 January 2018"), newest first. */
@Singleton
class EventChoices implements ParameterChoices {

    private final JdbcOperations jdbc;

    EventChoices(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String parameter() {
        return "event";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> choices() {
        Map<String, String> events = new LinkedHashMap<>();
        Rows.all(
                        jdbc,
                        "select id, title, starts_at, cancelled_reason is not null from engagement_meeting"
                                + " where kind = 'EVENT' order by starts_at desc, id",
                        rows -> Map.entry(
                                rows.getString(1),
                                rows.getString(2) + ", "
                                        + UkTime.date(rows.getTimestamp(3).toInstant())
                                        + (rows.getBoolean(4) ? " (cancelled)" : "")))
                .forEach(e -> events.put(e.getKey(), e.getValue()));
        return events;
    }
}
