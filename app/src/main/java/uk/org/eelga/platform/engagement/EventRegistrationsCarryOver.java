package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.MovesOpenItems;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, their delegates registered for events still to come become the successor's. A delegate the
 * successor had already registered for the same event stays once, under the successor (the predecessor's duplicate
 * stays history), so the event's count and the one-registration-per-person rule hold.
 */
@Singleton
class EventRegistrationsCarryOver extends MovesOpenItems {

    // runs bound to the successor (OpenItemCarrier), so app_current_tenant() is the successor here
    private static final String OPEN = "select r.id from event_registration r"
            + " join engagement_meeting m on m.id = r.meeting_id"
            + " where r.tenant_id = ? and m.starts_at > now() and m.cancelled_reason is null"
            + " and not exists (select 1 from event_registration s where s.meeting_id = r.meeting_id"
            + " and s.tenant_id = app_current_tenant() and s.delegate_email = r.delegate_email)"
            + " order by r.id";
    private static final List<String> MOVE = List.of("update event_registration set tenant_id = ? where id = any(?)");

    EventRegistrationsCarryOver(OpenItemCarrier carrier) {
        super(carrier, CarriedKind.EVENT_REGISTRATION, OPEN, MOVE);
    }
}
