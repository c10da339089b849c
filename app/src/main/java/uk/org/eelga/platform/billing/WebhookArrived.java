package uk.org.eelga.platform.billing;

import java.time.Instant;

/**
 * A Stripe event reached the platform, with the time Stripe created it: published so that operations can measure
 * webhook lag without billing depending on operations.
 */
public record WebhookArrived(Instant created) {}
