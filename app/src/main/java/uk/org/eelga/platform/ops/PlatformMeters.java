package uk.org.eelga.platform.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.billing.BillingOutbox;
import uk.org.eelga.platform.billing.WebhookArrived;

/**
 * The platform's own meters, beside Micrometer's JVM, process and connection-pool ones:
 *
 * <ul>
 *   <li>{@code eelga_vaadin_sessions} page sessions open on this node;
 *   <li>{@code eelga_signins_total{outcome}} sign-ins completed here (admitted, refused, failed, unavailable);
 *   <li>{@code eelga_council_requests_total{council}} requests of signed-in council people, per council (52 values);
 *   <li>{@code eelga_stripe_outbox_backlog} invoices waiting to reach Stripe, and
 *       {@code eelga_stripe_outbox_oldest_seconds} how long the oldest has waited (read from the database, so every
 *       node reports the same, whichever sends);
 *   <li>{@code eelga_stripe_webhook_lag_seconds} from Stripe's event to its arrival here.
 * </ul>
 */
@Singleton
public class PlatformMeters implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformMeters.class);
    /** The outbox is counted at most this often, whatever the scrape interval. */
    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final Provider<BillingOutbox> outboxProvider;
    private final Clock clock;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicReference<Backlog> backlog = new AtomicReference<>();
    private final Timer webhookLag;

    PlatformMeters(MeterRegistry registry, Provider<BillingOutbox> outbox, Clock clock) {
        this.registry = registry;
        this.outboxProvider = outbox;
        this.clock = clock;
        Gauge.builder("eelga.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin page sessions open on this node")
                .register(registry);
        Gauge.builder("eelga.stripe.outbox.backlog", this, m -> m.backlog().entries())
                .description("Invoices in the outbox not yet sent to Stripe (all councils)")
                .register(registry);
        Gauge.builder("eelga.stripe.outbox.oldest", this, m -> m.backlog().oldestSeconds())
                .description("Seconds the oldest unsent outbox entry has waited; 0 when none")
                .baseUnit("seconds")
                .register(registry);
        webhookLag = Timer.builder("eelga.stripe.webhook.lag")
                .description("From a Stripe event's creation to its arrival at this node")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }

    /** A sign-in finished: admitted, refused (not linked), failed or unavailable. */
    public void signIn(String outcome) {
        Counter.builder("eelga.signins")
                .description("Sign-ins completed on this node, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** A request of a person of {@code council}. */
    public void councilRequest(String council) {
        Counter.builder("eelga.council.requests")
                .description("Requests of signed-in council people, by council")
                .tag("council", council)
                .register(registry)
                .increment();
    }

    /** A Stripe event created at {@code created} arrived now. */
    @EventListener
    void webhookArrived(WebhookArrived arrived) {
        Duration lag = Duration.between(arrived.created(), clock.instant());
        webhookLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private record Backlog(Instant at, double entries, double oldestSeconds) {}

    private Backlog backlog() {
        Instant now = clock.instant();
        Backlog last = backlog.get();
        if (last != null && last.at().plus(BACKLOG_CACHE).isAfter(now)) {
            return last;
        }
        Backlog counted;
        try {
            BillingOutbox.Backlog found = outboxProvider.get().backlog();
            counted = new Backlog(
                    now,
                    found.entries(),
                    found.oldest()
                            .map(oldest -> (double)
                                    Math.max(0, Duration.between(oldest, now).toSeconds()))
                            .orElse(0.0));
        } catch (RuntimeException e) {
            LOG.debug("Outbox backlog not counted: {}", e.getMessage());
            return last == null ? new Backlog(now, Double.NaN, Double.NaN) : last;
        }
        backlog.set(counted);
        return counted;
    }
}
