package uk.org.eelga.platform.cluster;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must run on one node at a time, whatever the number of nodes: the job holds a PostgreSQL session-level
 * advisory lock, {@code (EELG, crc32(job))}, on a connection of its own for as long as it runs. Another node that
 * tries meanwhile skips its turn ({@link #runAlone}) or waits ({@link #runExclusively}). A node that dies mid-run
 * loses its connection, and PostgreSQL releases the lock with it, so nothing stays locked. What the job writes is
 * ordinary transactions on other connections: the lock only keeps two runs from overlapping, and each job still
 * marks what it has done (the outbox's {@code sent_at}, the reminder log) before it lets go. A node that is stopping
 * ({@link Draining}) starts no run.
 */
@Singleton
public class ClusterJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);
    /** The first half of every key: "EELG", so the platform's locks never meet another program's. */
    static final int NAMESPACE = 0x45454c47;

    private final DataSource pool;
    private final Draining draining;
    private final Map<String, ReentrantLock> here = new ConcurrentHashMap<>();

    ClusterJobs(DataSource dataSource, Draining draining) {
        this.draining = draining;
        // the pool itself (with the tenant binding), not Micronaut Data's transaction-aware proxy: the lock's
        // connection must be this job's own, never a transaction's
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Runs {@code work} unless another run of {@code job} holds the lock now; returns whether it ran. */
    public boolean runAlone(String job, Runnable work) {
        return run(job, Duration.ZERO, () -> {
                    work.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /**
     * Runs {@code work} once the lock of {@code job} is free, waiting at most {@code wait}; empty when another run
     * still held it then (or the database could not be asked).
     */
    public <T> Optional<T> runExclusively(String job, Duration wait, Supplier<T> work) {
        return run(job, wait, work);
    }

    private <T> Optional<T> run(String job, Duration wait, Supplier<T> work) {
        if (draining.isDraining()) {
            LOG.debug("Job {} not started: this node is stopping", job);
            return Optional.empty();
        }
        // callers on this node queue here, holding no connection; only the one at the front asks PostgreSQL (a
        // waiting caller pinning a pooled connection would starve the pool under a burst of presses)
        long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
        ReentrantLock local = here.computeIfAbsent(job, name -> new ReentrantLock(true));
        try {
            if (!local.tryLock(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
                LOG.debug("Job {} is running on this node; this turn is skipped", job);
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return runLocked(job, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), work);
        } finally {
            local.unlock();
        }
    }

    private <T> Optional<T> runLocked(String job, Duration wait, Supplier<T> work) {
        int key = key(job);
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            LOG.warn("Job {} skipped: no database connection ({})", job, e.getMessage());
            return Optional.empty();
        }
        try (connection) {
            if (!lock(connection, key, wait)) {
                LOG.debug("Job {} is running elsewhere; this turn is skipped", job);
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                unlock(connection, key, job);
            }
        } catch (SQLException e) {
            LOG.warn("Job {} skipped: its lock could not be taken ({})", job, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean lock(Connection connection, int key, Duration wait) throws SQLException {
        if (wait.isZero() || wait.isNegative()) {
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                statement.setInt(1, NAMESPACE);
                statement.setInt(2, key);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            // lock_timeout bounds the wait; set for this statement's transaction only
            connection.setAutoCommit(false);
            statement.execute("set local lock_timeout = '" + Math.max(1, wait.toMillis()) + "ms'");
            try (PreparedStatement take = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
                take.setInt(1, NAMESPACE);
                take.setInt(2, key);
                take.execute();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if ("55P03".equals(e.getSQLState())) { // lock_not_available: the wait ran out
                return false;
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void unlock(Connection connection, int key, String job) {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key);
            statement.execute();
        } catch (SQLException e) {
            // never hand a connection that may still hold the lock back to the pool: end its session
            LOG.warn("Job {}: its lock could not be released ({}); closing its connection", job, e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // already gone
            }
        }
    }

    /** The second half of the key: a stable hash of the job's name. */
    static int key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
