package uk.org.eelga.platform.cluster;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a node does when it is told to stop (SIGTERM from systemd or Kubernetes, Ctrl-C): before Jetty stops,
 * readiness turns DOWN (so the proxy or the Service stops sending new people) and for {@code eelga.drain.delay}
 * the node keeps serving the page sessions it has while refusing new ones with a 503 the proxy retries elsewhere
 * ({@link DrainFilter}); then Jetty stops gracefully: it accepts no more connections and waits up to
 * {@code eelga.drain.timeout} for the requests in flight to finish. Page sessions live in this node's memory; on the
 * next node their people see {@link SessionMovedMessages} and sign in again, and what they saved is in the database.
 */
@Singleton
public class Draining implements BeanCreatedEventListener<Server> {

    private static final Logger LOG = LoggerFactory.getLogger(Draining.class);

    private final Duration delay;
    private final Duration timeout;
    private final AtomicReference<Instant> since = new AtomicReference<>();

    Draining(@Value("${eelga.drain.delay:0s}") Duration delay, @Value("${eelga.drain.timeout:20s}") Duration timeout) {
        this.delay = delay;
        this.timeout = timeout;
    }

    /** Whether this node is on its way out. */
    public boolean isDraining() {
        return since.get() != null;
    }

    @Override
    public Server onCreated(BeanCreatedEvent<Server> event) {
        Server server = event.getBean();
        // counts the requests in flight, so that a graceful stop waits for them
        StatisticsHandler inFlight = new StatisticsHandler();
        inFlight.setHandler(server.getHandler());
        server.setHandler(inFlight);
        server.setStopTimeout(timeout.toMillis());
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle stopping) {
                drain(inFlight);
            }
        });
        return server;
    }

    /** Readiness down, then the delay in which the sessions here are still served. Blocks the stopping thread. */
    void drain(StatisticsHandler inFlight) {
        if (!since.compareAndSet(null, Instant.now())) {
            return;
        }
        LOG.info(
                "Stopping: readiness is DOWN, new page sessions go to other nodes; {} s for the proxy to notice,"
                        + " then up to {} s for the {} request(s) in flight",
                delay.toSeconds(),
                timeout.toSeconds(),
                inFlight.getRequestsActive());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
