package uk.org.eelga.platform.billing;

import com.stripe.StripeClient;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.billing.stub.StripeStub;

/**
 * The Stripe client the platform uses: the real API with {@code STRIPE_SECRET_KEY}, otherwise, when switched on with
 * {@code STRIPE_STUB=true} (development and tests), a local {@link StripeStub} started here (which also delivers its webhooks to this platform, signed with the configured
 * secret), so the demo and the tests run the same code as production.
 */
@Singleton
public class StripeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(StripeConnection.class);

    private final StripeClient client;
    private final StripeStub stub;
    private final String webhookUrl;
    private final String webhookSecret;
    private final String apiBase;

    StripeConnection(
            StripeSettings settings,
            @Value("${micronaut.server.port:8080}") int port,
            @Value("${eelga.stripe.stub:false}") boolean stubSwitchedOn) {
        this.webhookSecret = settings.webhookSecret();
        this.webhookUrl = "http://127.0.0.1:" + port + "/api/v1/stripe/webhook";
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setMaxNetworkRetries(0)
                .setConnectTimeout(5_000)
                .setReadTimeout(20_000);
        if (settings.useStub() && !stubSwitchedOn) {
            throw new IllegalStateException(
                    "No STRIPE_SECRET_KEY: set it, or STRIPE_STUB=true to use the local Stripe stub (development only)");
        }
        if (settings.useStub()) {
            stub = StripeStub.start(settings.stubPort());
            builder.setApiKey("sk_test_local_stub").setApiBase(stub.baseUrl());
            apiBase = stub.baseUrl();
            LOG.info("No STRIPE_SECRET_KEY: billing talks to the local Stripe stub at {}", stub.baseUrl());
        } else {
            stub = null;
            builder.setApiKey(settings.secretKey());
            if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
                builder.setApiBase(settings.apiBase());
                apiBase = settings.apiBase();
            } else {
                apiBase = null;
            }
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

    /** The local stub when no Stripe key is configured. */
    public Optional<StripeStub> stub() {
        return Optional.ofNullable(stub);
    }

    /**
     * With the local stub only: the council paid the invoice; the stub sends the signed {@code invoice.paid}
     * webhook to this platform as Stripe would. Returns the webhook's HTTP status.
     */
    public int simulatePayment(String stripeInvoiceId) {
        StripeStub local = stub().orElseThrow(() -> new IllegalStateException("Payments come from Stripe here"));
        return StripeStub.deliver(webhookUrl, local.pay(stripeInvoiceId), webhookSecret);
    }

    @PreDestroy
    void close() {
        if (stub != null) {
            stub.close();
        }
    }
}
