package uk.org.eelga.platform.engagement;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import uk.org.eelga.platform.mail.DelegateAddresses;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.input.Text;

/**
 * A council registers its delegates for events. The council is the one bound to the request (from the verified
 * token); rows are the council's own under row-level security. Capacity is kept with a counter on the shared
 * event row, moved in the same transaction, because no council may count another council's registrations.
 */
@Singleton
public class EventRegistrations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcOperations jdbc;
    private final MeetingPlanner planner;
    private final Clock clock;
    private final DelegateAddresses addresses;

    EventRegistrations(JdbcOperations jdbc, MeetingPlanner planner, Clock clock, DelegateAddresses addresses) {
        this.jdbc = jdbc;
        this.planner = planner;
        this.clock = clock;
        this.addresses = addresses;
    }

    @Transactional
    public Registration register(long eventId, String delegateName, String delegateEmail, String registeredBy) {
        CurrentTenant.require();
        String name = delegateName == null ? "" : delegateName.strip();
        String email = delegateEmail == null ? "" : delegateEmail.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty() || name.length() > 200 || Text.hasControlCharacters(name, false)) {
            throw EngagementRefused.invalid("delegate-name", "Give the delegate's name (1 to 200 characters)");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || Text.hasControlCharacters(email, false)) {
            throw EngagementRefused.invalid(
                    "delegate-email",
                    "Enter the delegate's email address in the correct format, like name@council.gov.uk");
        }
        if (!addresses.allowed(email)) {
            // the platform writes to delegates (evaluation invitations): only to the council's own addresses
            throw EngagementRefused.invalid("delegate-domain", addresses.refusal());
        }
        MeetingInfo event = planner.meeting(eventId)
                .filter(m -> m.kind() == MeetingInfo.Kind.EVENT)
                .orElseThrow(() -> EngagementRefused.notFound("event"));
        if (event.cancelled()) {
            throw new EngagementRefused(EngagementRefused.Kind.CONFLICT, "event-cancelled", "This event was cancelled");
        }
        if (!event.startsAt().isAfter(clock.instant())) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "event-past", "This event has already taken place");
        }
        // the place is taken first: this locks the event's row, so registrations of one event follow one another
        // and the check for the same delegate below sees every registration committed before
        int taken = Rows.update(
                jdbc,
                "update engagement_meeting set registered_count = registered_count + 1"
                        + " where id = ? and cancelled_reason is null and (capacity is null or registered_count <"
                        + " capacity)",
                eventId);
        if (taken == 0) {
            boolean cancelled =
                    planner.meeting(eventId).map(MeetingInfo::cancelled).orElse(true);
            throw cancelled
                    ? new EngagementRefused(
                            EngagementRefused.Kind.CONFLICT, "event-cancelled", "This event was cancelled")
                    : new EngagementRefused(EngagementRefused.Kind.CONFLICT, "event-full", "This event is full");
        }
        if (alreadyRegistered(eventId, email)) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT,
                    "already-registered",
                    email + " is already registered for this event");
        }
        long id = Rows.one(
                jdbc,
                "insert into event_registration (tenant_id, meeting_id, delegate_name, delegate_email, registered_by)"
                        + " values (app_current_tenant(), ?, ?, ?, ?) returning id",
                key -> key.getLong(1),
                eventId,
                name,
                email,
                registeredBy);
        return new Registration(id, eventId, event.title(), event.startsAt(), name, email);
    }

    /** Withdraws one of the council's own registrations before the event; another council's id is "not found". */
    @Transactional
    public void withdraw(long registrationId) {
        CurrentTenant.require();
        Registration registration = mine().stream()
                .filter(r -> r.id() == registrationId)
                .findFirst()
                .orElseThrow(() -> EngagementRefused.notFound("registration"));
        if (!registration.eventStartsAt().isAfter(clock.instant())) {
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "event-past", "The event has taken place; the registration stays");
        }
        int deleted = Rows.update(
                jdbc,
                "delete from event_registration where id = ? and tenant_id = app_current_tenant()",
                registrationId);
        if (deleted != 1) {
            // withdrawn by someone else at the same moment: the place was given back once, by them
            throw new EngagementRefused(
                    EngagementRefused.Kind.CONFLICT, "already-withdrawn", "This registration is already withdrawn");
        }
        Rows.update(
                jdbc,
                "update engagement_meeting set registered_count = registered_count - 1 where id = ?",
                registration.eventId());
    }

    /** The bound council's registrations, newest event first. */
    @Transactional(readOnly = true)
    public List<Registration> mine() {
        CurrentTenant.require();
        return Rows.all(
                jdbc,
                "select r.id, r.meeting_id, m.title, m.starts_at, r.delegate_name, r.delegate_email"
                        + " from event_registration r join engagement_meeting m on m.id = r.meeting_id"
                        + " where r.tenant_id = app_current_tenant() order by m.starts_at desc, r.id",
                EventRegistrations::row);
    }

    private boolean alreadyRegistered(long eventId, String email) {
        return Rows.any(
                jdbc,
                "select 1 from event_registration where meeting_id = ? and delegate_email = ?"
                        + " and tenant_id = app_current_tenant()",
                eventId,
                email);
    }

    private static Registration row(ResultSet rows) throws SQLException {
        return new Registration(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getTimestamp(4).toInstant(),
                rows.getString(5),
                rows.getString(6));
    }
}
