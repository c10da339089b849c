/**
 * Billing with Stripe: councils' invoices (membership, Talent Bank deliveries and any other billable items), an
 * outbox that sends them to Stripe exactly once, Stripe's webhooks, and a reconcile job. Money is in pence.
 */
package uk.org.eelga.platform.billing;
