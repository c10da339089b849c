/**
 * A local stand-in for Stripe's API (Stripe cannot be reached from our machines): answers the endpoints the
 * platform uses like the API does, records what was asked, honours idempotency keys, can be told to fail, and
 * signs webhook events like Stripe. Used by the tests and by {@code infra/run.sh} when no Stripe key is set.
 */
package uk.org.eelga.platform.billing.stub;
