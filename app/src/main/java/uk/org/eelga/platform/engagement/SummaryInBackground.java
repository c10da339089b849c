package uk.org.eelga.platform.engagement;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Works out an engagement summary away from the page's request thread (issue 13: the year change on "Our engagement"
 * was computed on the UI thread, under the session lock). A few worker threads and a bounded queue: when the queue is
 * full the future fails with {@link Busy} rather than piling work up. Each summary is worked out as the viewer, bound
 * through {@link TenantScope#callAs} (a council person's council, none for association staff), exactly as on the
 * request thread; for a council person in one read-only transaction.
 */
@Singleton
public class SummaryInBackground {

    private final EngagementSummaries summaries;
    private final TransactionOperations<Connection> transactions;
    private final ThreadPoolExecutor workers;

    SummaryInBackground(
            EngagementSummaries summaries,
            TransactionOperations<Connection> transactions,
            @Value("${platform.engagement.summary-threads:3}") int threads,
            @Value("${platform.engagement.summary-queue:200}") int queue) {
        this.summaries = summaries;
        this.transactions = transactions;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                threads,
                threads,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue),
                work -> {
                    Thread thread = new Thread(work, "engagement-summary-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The summary {@link EngagementSummaries#of} gives, worked out on a worker thread as the viewer. */
    public CompletableFuture<EngagementSummary> of(Caller viewer, TenantId council, ReportingPeriod period) {
        try {
            return CompletableFuture.supplyAsync(
                    () -> TenantScope.callAs(
                            viewer,
                            () -> viewer.council() == null
                                    // staff: the audited association-wide read and the council's own lines on its
                                    // behalf, each binding what it needs per checkout
                                    ? summaries.of(viewer, council, period)
                                    : transactions.executeRead(status -> summaries.of(viewer, council, period))),
                    workers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Busy());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Too many summaries are being worked out at once. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("Too many figures are being worked out at once");
        }
    }
}
