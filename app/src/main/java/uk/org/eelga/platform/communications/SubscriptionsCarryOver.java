package uk.org.eelga.platform.communications;

import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.tenancy.merge.CarriedKind;
import uk.org.eelga.tenancy.merge.MovesOpenItems;
import uk.org.eelga.tenancy.merge.OpenItemCarrier;

/**
 * When councils merge, each predecessor person's choice of email topics becomes the successor's row, so what they
 * turned off stays off. A choice the successor already holds for the same person and topic wins. What was sent and
 * read is history: it stays the predecessor's and the successor reads it through the lineage (and its people keep
 * what was sent to the predecessor in their archive).
 */
@Singleton
class SubscriptionsCarryOver extends MovesOpenItems {

    // runs bound to the successor (OpenItemCarrier), so app_current_tenant() is the successor here
    private static final String CHOICES = "select s.id from communication_subscription s where s.tenant_id = ?"
            + " and not exists (select 1 from communication_subscription t where t.tenant_id = app_current_tenant()"
            + " and t.subject = s.subject and t.topic = s.topic) order by s.id";

    SubscriptionsCarryOver(OpenItemCarrier carrier) {
        super(
                carrier,
                CarriedKind.COMMUNICATION_SUBSCRIPTION,
                CHOICES,
                List.of("update communication_subscription set tenant_id = ? where id = any(?)"));
    }
}
