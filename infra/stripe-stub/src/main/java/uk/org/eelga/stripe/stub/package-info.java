/**
 * A local stand-in for Stripe's API (Stripe cannot be reached from our machines): answers the endpoints the
 * platform uses like the API does, records what was asked, honours idempotency keys, can be told to fail, and signs
 * and sends webhook events like Stripe. A module of its own, outside the production jar: the tests start it in their
 * JVM, {@code infra/run.sh} as a process; the platform only knows its address ({@code STRIPE_API_BASE}).
 */
package uk.org.eelga.stripe.stub;
