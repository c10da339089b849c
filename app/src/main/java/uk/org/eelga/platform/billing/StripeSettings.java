package uk.org.eelga.platform.billing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * {@code eelga.stripe.*}. No secret key means "run against the local Stripe stub" at {@code api-base}.
 *
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_...})
 * @param jobsEnabled   whether the outbox and reconcile jobs run on their own (tests run them by hand)
 */
@ConfigurationProperties("eelga.stripe")
public record StripeSettings(
        @Nullable String secretKey,
        String webhookSecret,
        @Nullable String apiBase,
        boolean jobsEnabled,
        Duration retryBase) {

    public boolean useStub() {
        return secretKey == null || secretKey.isBlank();
    }
}
