package uk.org.eelga.platform.web;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.SynchronousConnectionManager;
import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.exceptions.TransactionException;
import io.micronaut.transaction.jdbc.DataSourceTransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Micronaut Data's JDBC transaction manager, with one rule added for the page request's read transaction
 * ({@link RequestReadTransaction}, issue 13): a unit of work that may write (a service's {@code @Transactional}, a
 * programmatic {@code executeWrite}) and would join a read-only transaction runs in a transaction of its own instead
 * (as {@code REQUIRES_NEW}: a connection of its own, committed when the work ends), exactly as it did before the page
 * request had a transaction. Read-only work joins the request's transaction, which is what saves the round trips.
 * Everything else is Micronaut's manager unchanged.
 *
 * <p>Before, a writing unit inside a read-only transaction joined it and failed at its first write ("cannot execute
 * INSERT in a read-only transaction"), so no working code relied on joining.
 */
@EachBean(DataSource.class)
@Replaces(DataSourceTransactionManager.class)
final class RequestAwareTransactions
        implements TransactionOperations<Connection>, SynchronousTransactionManager<Connection> {

    private final DataSourceTransactionManager manager;

    RequestAwareTransactions(
            @Parameter DataSource dataSource,
            @Parameter ConnectionOperations<Connection> connections,
            @Parameter SynchronousConnectionManager<Connection> connectionManager) {
        this.manager = new DataSourceTransactionManager(dataSource, connections, connectionManager);
    }

    @Override
    public <R> R execute(@NonNull TransactionDefinition definition, @NonNull TransactionCallback<Connection, R> work) {
        return manager.execute(writerOutOfReadOnly(definition), work);
    }

    @Override
    public TransactionStatus<Connection> getTransaction(TransactionDefinition definition) throws TransactionException {
        return manager.getTransaction(writerOutOfReadOnly(definition));
    }

    @Override
    public void commit(TransactionStatus<Connection> status) throws TransactionException {
        manager.commit(status);
    }

    @Override
    public void rollback(TransactionStatus<Connection> status) throws TransactionException {
        manager.rollback(status);
    }

    @Override
    public Connection getConnection() {
        return manager.getConnection();
    }

    @Override
    public boolean hasConnection() {
        return manager.hasConnection();
    }

    @Override
    public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
        return manager.findTransactionStatus();
    }

    /** A writer that would join a read-only transaction gets its own; anything else as asked. */
    private TransactionDefinition writerOutOfReadOnly(TransactionDefinition definition) {
        if (definition.isReadOnly().orElse(false)) {
            return definition;
        }
        TransactionDefinition.Propagation propagation = definition.getPropagationBehavior();
        if (propagation != TransactionDefinition.Propagation.REQUIRED
                && propagation != TransactionDefinition.Propagation.SUPPORTS
                && propagation != TransactionDefinition.Propagation.MANDATORY) {
            return definition;
        }
        boolean inReadOnly = manager.findTransactionStatus()
                .filter(status -> !status.isCompleted())
                .map(status -> readOnly(status.getConnection()))
                .orElse(false);
        return inReadOnly ? new OwnTransaction(definition) : definition;
    }

    private static boolean readOnly(Object connection) {
        try {
            return connection instanceof Connection jdbc && jdbc.isReadOnly();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The definition asked for, as {@code REQUIRES_NEW}. */
    private record OwnTransaction(TransactionDefinition asked) implements TransactionDefinition {

        @Override
        public Propagation getPropagationBehavior() {
            return Propagation.REQUIRES_NEW;
        }

        @Override
        public Optional<Isolation> getIsolationLevel() {
            return asked.getIsolationLevel();
        }

        @Override
        public Optional<Duration> getTimeout() {
            return asked.getTimeout();
        }

        @Override
        public Optional<Boolean> isReadOnly() {
            return asked.isReadOnly();
        }

        @Override
        public String getName() {
            return asked.getName();
        }

        @Override
        public Collection<Class<? extends Throwable>> getRollbackOn() {
            return asked.getRollbackOn();
        }

        @Override
        public Collection<Class<? extends Throwable>> getDontRollbackOn() {
            return asked.getDontRollbackOn();
        }

        @Override
        public boolean rollbackOn(Throwable exception) {
            return asked.rollbackOn(exception);
        }
    }
}
