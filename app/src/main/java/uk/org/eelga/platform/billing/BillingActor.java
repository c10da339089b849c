package uk.org.eelga.platform.billing;

import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

/**
 * The platform's billing jobs and Stripe's webhooks act as this association identity when they write a council's
 * invoice rows (through OnBehalfOfCouncil), so the history says "billing" rather than a person.
 */
final class BillingActor {

    static final Caller SYSTEM = new Caller(
            "system:billing",
            "billing@system.eelga.gov.uk",
            "Billing (Stripe)",
            Set.of(Role.ASSOCIATION_STAFF),
            null,
            null);

    private BillingActor() {}
}
