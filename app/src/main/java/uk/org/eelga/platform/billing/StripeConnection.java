package uk.org.eelga.platform.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Stripe client the platform uses: Stripe's API with {@code STRIPE_SECRET_KEY} (at {@code STRIPE_API_BASE} when
 * that is set). Without a key, and only when switched on with {@code STRIPE_STUB=true} (development and tests), the
 * local Stripe stub at {@code STRIPE_API_BASE}, which the run command and the tests start (module
 * {@code infra/stripe-stub}, never in the production jar): the demo and the tests run the same code as production.
 */
@Singleton
public class StripeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(StripeConnection.class);
    private static final String STUB_KEY = "sk_test_local_stub";
    /** How the stub says what the platform's webhook endpoint answered to the event a payment sent. */
    private static final String STUB_WEBHOOK_STATUS = "Stripe-Stub-Webhook-Status";

    private final StripeClient client;
    private final boolean localStub;
    private final String apiBase;

    StripeConnection(StripeSettings settings, @Value("${eelga.stripe.stub:false}") boolean stubSwitchedOn) {
        localStub = settings.useStub();
        if (localStub && !stubSwitchedOn) {
            throw new IllegalStateException(
                    "No STRIPE_SECRET_KEY: set it, or STRIPE_STUB=true to use the local Stripe stub (development only)");
        }
        apiBase = settings.apiBase() == null || settings.apiBase().isBlank() ? null : settings.apiBase();
        if (localStub && apiBase == null) {
            throw new IllegalStateException("STRIPE_STUB=true needs STRIPE_API_BASE, the address of the local Stripe"
                    + " stub (infra/run.sh starts one: infra/stripe-stub/stripe-stub.sh)");
        }
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setMaxNetworkRetries(0)
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000)
                .setApiKey(localStub ? STUB_KEY : settings.secretKey());
        if (apiBase != null) {
            builder.setApiBase(apiBase);
        }
        if (localStub) {
            LOG.info("No STRIPE_SECRET_KEY: billing talks to the local Stripe stub at {}", apiBase);
        }
        client = builder.build();
    }

    StripeClient client() {
        return client;
    }

    /**
     * The API base other than Stripe's own, if one is configured (the local stub, or {@code STRIPE_API_BASE} in
     * development): its invoices' pages live there rather than on Stripe's hosts.
     */
    public Optional<String> otherApiBase() {
        return Optional.ofNullable(apiBase);
    }

    /** Whether billing talks to the local Stripe stub (development and tests), which can simulate payments. */
    public boolean isLocalStub() {
        return localStub;
    }

    /**
     * With the local stub only: the council paid the invoice. Stripe's "pay an invoice" on the stub, which then sends
     * the signed {@code invoice.paid} webhook to this platform as Stripe would. Returns the webhook's HTTP status.
     */
    public int simulatePayment(String stripeInvoiceId) {
        if (!localStub) {
            throw new IllegalStateException("Payments come from Stripe here");
        }
        try {
            return client.invoices()
                    .pay(stripeInvoiceId)
                    .getLastResponse()
                    .headers()
                    .firstValue(STUB_WEBHOOK_STATUS)
                    .map(Integer::parseInt)
                    .orElseThrow(() -> new IllegalStateException(
                            "The Stripe stub sent no webhook: it was started without the platform's address"));
        } catch (StripeException e) {
            throw new IllegalStateException("The Stripe stub did not take the payment: " + e.getMessage(), e);
        }
    }
}
