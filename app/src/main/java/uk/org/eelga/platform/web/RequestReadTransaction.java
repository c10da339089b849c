package uk.org.eelga.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.sql.Connection;
import java.util.concurrent.Semaphore;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/**
 * One read-only transaction for the whole of a signed-in person's page request (issue 13: a navigation took 3 to 13
 * transactions, one per repository call outside a service's transaction plus one per round trip's standing check).
 * The standing check, the navigation guard and every read of the page join it, on one connection checked out once,
 * with the council bound by {@code TenantScope} before it starts (the connection carries that council for the
 * request). Association staff's requests bind no council; work they do on behalf of a council
 * ({@code OnBehalfOfCouncil}) binds it on the shared connection for the work's duration, local to the transaction
 * ({@link TenantScope#shareReadTransaction}), and an association-wide read writes its access log in a transaction of
 * its own, as before. A unit of work that writes gets a transaction of its own ({@link RequestAwareTransactions}), committed when
 * it ends, as before; nothing is written in the read transaction (PostgreSQL refuses a write there).
 *
 * <p>A request that writes then holds two connections at once. So that requests holding their read connection can
 * never take the whole pool and wait for each other's second one, at most the pool's size less two requests hold a
 * read transaction at a time; a request that finds them all taken goes on at once as before, with a connection per
 * statement (it waits for the pool like any other).
 */
@Singleton
class RequestReadTransaction {

    static final String NAME = "page-request-read";

    private static final TransactionDefinition READ = new TransactionDefinition() {
        @Override
        public java.util.Optional<Boolean> isReadOnly() {
            return java.util.Optional.of(true);
        }

        @Override
        public String getName() {
            return NAME;
        }
    };

    private final TransactionOperations<Connection> transactions;
    private final Semaphore holders;

    RequestReadTransaction(
            TransactionOperations<Connection> transactions,
            @Value("${datasources.default.maximum-pool-size:10}") int poolSize) {
        this.transactions = transactions;
        this.holders = new Semaphore(Math.max(1, poolSize - 2), true);
    }

    /**
     * Runs the request's work in one read-only transaction (committed at the end; it holds only reads), or without
     * one when the pool is taken by other requests' read transactions.
     */
    <T> T within(Work<T> work) throws IOException, ServletException {
        if (!holders.tryAcquire()) {
            return work.run();
        }
        try {
            return inTransaction(work);
        } finally {
            holders.release();
        }
    }

    private <T> T inTransaction(Work<T> work) throws IOException, ServletException {
        try {
            return transactions.execute(READ, status -> {
                try {
                    if (CurrentTenant.get().isPresent()) {
                        return work.run();
                    }
                    // association staff: work on behalf of a council binds it on this connection for its duration
                    try (TenantScope.SharedRead shared = TenantScope.shareReadTransaction(status.getConnection())) {
                        return work.run();
                    }
                } catch (IOException | ServletException e) {
                    throw new Carried(e);
                }
            });
        } catch (Carried carried) {
            if (carried.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) carried.getCause();
        }
    }

    /** The request's work. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, ServletException;
    }

    /** Carries a checked exception of the request through the transaction's callback. */
    private static final class Carried extends RuntimeException {
        Carried(Exception cause) {
            super(cause);
        }
    }
}
