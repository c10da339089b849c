package uk.org.eelga.platform.support;

import java.util.Map;
import uk.org.eelga.stripe.stub.StripeStub;

/**
 * The test JVM's one local Stripe stub (module infra/stripe-stub), started on first use: every test platform talks
 * to it ({@code STRIPE_API_BASE}, set by {@link PlatformContext}) and it sends its webhooks to the test platform, signed
 * with the test settings' secret, as a Stripe account with a webhook endpoint would.
 */
public final class LocalStripe {

    /** The webhook signing secret of the test settings, known to the stub and the platform. */
    public static final String WEBHOOK_SECRET = "whsec_test_secret_for_signatures";

    private static StripeStub stub;

    private LocalStripe() {}

    public static synchronized StripeStub stub() {
        if (stub == null) {
            stub = StripeStub.start(0);
            stub.sendWebhooksTo("http://127.0.0.1:" + TestPorts.platform() + "/api/v1/stripe/webhook", WEBHOOK_SECRET);
            Runtime.getRuntime().addShutdownHook(new Thread(stub::close));
        }
        return stub;
    }

    /** The settings that point a test platform at the stub. */
    static Map<String, Object> settings() {
        return Map.of("eelga.stripe.api-base", stub().baseUrl(), "eelga.stripe.webhook-secret", WEBHOOK_SECRET);
    }
}
