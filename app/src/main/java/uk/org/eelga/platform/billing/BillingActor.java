package uk.org.eelga.platform.billing;

import uk.org.eelga.tenancy.Caller;

/**
 * The platform's billing jobs and Stripe's webhooks act as this association identity when they write a council's
 * invoice rows (through OnBehalfOfCouncil), so the history says "billing" rather than a person.
 */
final class BillingActor {

    static final Caller SYSTEM = Caller.platform("system:billing", "billing@system.eelga.gov.uk", "Online billing");

    private BillingActor() {}
}
