/**
 * Billing with Stripe: councils' invoices (membership, Talent Bank deliveries and any other billable items), an
 * outbox that sends them to Stripe exactly once, Stripe's webhooks, and a reconcile job. Money is in pence
 * ({@code shared.Money}). Without a Stripe key, and only with {@code STRIPE_STUB=true}, {@code StripeConnection}
 * talks to the local Stripe stub at {@code STRIPE_API_BASE}: a separate module (infra/stripe-stub) that the run
 * command and the tests start; nothing of it is in this package or the production jar. Billing's framework figure is
 * declared in {@code BillingMeasures}.
 */
@Uses({"platform.api", "platform.cluster", "platform.framework"})
package uk.org.eelga.platform.billing;

import uk.org.eelga.shared.Uses;
