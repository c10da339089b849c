package uk.org.eelga.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * The lock behind "once across nodes", against the real PostgreSQL: another holder (a second node is just another
 * database session) makes a run skip or wait, and a holder that dies frees the job.
 */
@PlatformIT
class ClusterJobsIT {

    @Inject
    ClusterJobs jobs;

    @Test
    void a_job_held_by_another_node_is_skipped_and_runs_once_it_is_free() throws Exception {
        String job = "test-job-" + System.nanoTime();
        try (Connection otherNode = TestDatabase.asApp()) {
            lock(otherNode, job);
            AtomicInteger runs = new AtomicInteger();
            assertThat(jobs.runAlone(job, runs::incrementAndGet)).isFalse();
            assertThat(jobs.runExclusively(job, Duration.ofMillis(300), runs::incrementAndGet))
                    .isEmpty();
            assertThat(runs).hasValue(0);
            otherNode.close(); // the other node dies: PostgreSQL ends its session and its lock
            awaitReleased(job); // the server ends a closed session a moment after the client has gone
            assertThat(jobs.runAlone(job, runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void twenty_callers_at_once_run_a_job_one_at_a_time() throws Exception {
        String job = "test-race-" + System.nanoTime();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?>[] callers = new CompletableFuture<?>[20];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                jobs.runExclusively(job, Duration.ofSeconds(20), () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return ran.incrementAndGet();
                });
            });
        }
        start.countDown();
        CompletableFuture.allOf(callers).get(60, TimeUnit.SECONDS);
        assertThat(most).as("never two inside at once").hasValue(1);
        assertThat(ran.get()).as("every caller that got the lock in time ran").isPositive();
    }

    @Test
    void a_lock_is_released_after_the_run_even_when_the_job_fails() {
        String job = "test-failing-" + System.nanoTime();
        try {
            jobs.runAlone(job, () -> {
                throw new IllegalStateException("the job failed");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's
        }
        Optional<Integer> again = jobs.runExclusively(job, Duration.ZERO, () -> 1);
        assertThat(again).contains(1);
    }

    /** Waits (at most ten seconds) until no session holds the job's lock, as a dead node's session ends. */
    private static void awaitReleased(String job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection owner = TestDatabase.asOwner();
                PreparedStatement held = owner.prepareStatement(
                        "select count(*) from pg_locks where locktype = 'advisory' and classid = ?::oid"
                                + " and objid = ?::oid and objsubid = 2")) {
            held.setLong(1, Integer.toUnsignedLong(ClusterJobs.NAMESPACE));
            held.setLong(2, Integer.toUnsignedLong(ClusterJobs.key(job)));
            while (true) {
                try (var row = held.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime())
                        .as("the dead node's lock is released")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    private static void lock(Connection connection, String job) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
            statement.setInt(1, ClusterJobs.NAMESPACE);
            statement.setInt(2, ClusterJobs.key(job));
            statement.execute();
        }
    }
}
