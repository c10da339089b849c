package uk.org.eelga.platform.communications;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * What each council person receives by email, topic by topic. Every topic is on until the person turns it off (the
 * association's bulletins are what membership gives them; one click stops any topic). The choice is the person's
 * own, kept as their council's row; no one else, not their council's admin nor association staff, changes it.
 */
@Singleton
public class Subscriptions {

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Subscriptions(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own choice for every topic. */
    @ReadOnly
    public List<TopicChoice> of(Caller person) {
        councilPerson(person);
        Map<Topic, Boolean> chosen = new EnumMap<>(Topic.class);
        Rows.each(
                jdbc,
                "select topic, subscribed from communication_subscription where tenant_id = ? and subject = ?",
                rows -> chosen.put(Topic.valueOf(rows.getString(1)), rows.getBoolean(2)),
                CurrentTenant.require().value(),
                person.subject());
        List<TopicChoice> choices = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            choices.add(new TopicChoice(topic, topic.label(), chosen.getOrDefault(topic, true)));
        }
        return choices;
    }

    /** Keeps the caller's choice: the topics listed are on, every other topic off. */
    @Transactional
    public List<TopicChoice> choose(Caller person, Set<Topic> subscribed) {
        councilPerson(person);
        if (subscribed == null) {
            throw new CommunicationRefused("topics", "List the topics you want by email (an empty list for none).");
        }
        String council = CurrentTenant.require().value();
        Timestamp now = Timestamp.from(clock.instant());
        for (Topic topic : Topic.values()) {
            Rows.update(
                    jdbc,
                    "insert into communication_subscription (tenant_id, subject, topic, subscribed, changed_at)"
                            + " values (?, ?, ?, ?, ?) on conflict (tenant_id, subject, topic) do update"
                            + " set subscribed = excluded.subscribed, changed_at = excluded.changed_at"
                            + " where communication_subscription.subscribed <> excluded.subscribed",
                    council,
                    person.subject(),
                    topic.name(),
                    subscribed.contains(topic),
                    now);
        }
        audit.record(
                person,
                person.council(),
                "communication.subscriptions",
                person.email() + " receives " + (subscribed.isEmpty() ? "no topics" : subscribed.toString()));
        return of(person);
    }

    private static void councilPerson(Caller person) {
        if (person.council() == null) {
            throw new CommunicationRefused(
                    "not-allowed", "Email subscriptions are for member councils' people; staff have none.");
        }
    }
}
