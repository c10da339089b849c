package uk.org.eelga.tenancy;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The one door through which a council becomes the one the platform works for. It binds the council of a
 * {@link Caller} (made from the verified identity, never from a request) to the unit of work ({@link CurrentTenant},
 * read by Micronaut Data's tenant filter), and it is the only code that writes the council into the database session
 * ({@value #SETTING}), which the row-level-security policies read:
 *
 * <ul>
 *   <li>per request: the API's filter and the pages' request interceptor call {@link #bind(Caller)} with the caller
 *       they admitted (association staff bind no council);
 *   <li>association staff acting for a council: {@link #onBehalfOf} (through {@code rls.OnBehalfOfCouncil}); inside
 *       a staff page request's shared read transaction ({@link #shareReadTransaction}) also on that transaction's
 *       connection, local to the transaction, for the work's duration;
 *   <li>every connection the application checks out: {@link #bindConnection}, from {@code rls.TenantBoundDataSource},
 *       so a connection never keeps its previous borrower's council;
 *   <li>a step inside a transaction that must act as another council for a moment (a merge carrying open items over to
 *       the successor, a freed coaching place going to the first council in line): {@link #inTransactionAs}.
 * </ul>
 *
 * <p>The database setting is written per checkout today. Binding it once per transaction instead would change only
 * {@link #bindConnection} and its caller, the data source.
 */
public final class TenantScope {

    /** The PostgreSQL setting the row-level-security policies compare {@code tenant_id} with. */
    static final String SETTING = "app.tenant_id";

    private static final String WRITE = "select set_config('" + SETTING + "', ?, ?)";
    private static final String READ = "select current_setting('" + SETTING + "', true)";

    /** The read-only transaction's connection an association staff member's page request shares, if any. */
    private static final ThreadLocal<Connection> SHARED_READ = new ThreadLocal<>();

    private TenantScope() {}

    /**
     * Binds the caller's council (none for association staff) until the returned binding is closed; for the
     * request filters that admitted the caller.
     */
    public static CurrentTenant.Binding bind(Caller caller) {
        return CurrentTenant.bind(caller.council());
    }

    /** Runs work bound to the caller's council (none for association staff), then restores what was bound. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        try (CurrentTenant.Binding ignored = bind(caller)) {
            return work.get();
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        callAs(caller, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work bound to {@code council} for association staff acting on its behalf (an attendance line, a booking
     * made for it, an invoice record), so row-level security and the tenant filter apply as if the council did it.
     * Council people are refused; so is work for one council inside another's.
     */
    public static <T> T onBehalfOf(Caller staff, TenantId council, Supplier<T> work) {
        staff.requireStaff(() -> new SecurityException("Only association staff can act on behalf of a council"));
        if (CurrentTenant.get().filter(bound -> !bound.equals(council)).isPresent()) {
            throw new IllegalStateException("Already working for another council");
        }
        Connection shared = SHARED_READ.get();
        if (shared == null || CurrentTenant.get().isPresent()) {
            // no shared read transaction (each checkout binds the council), or already working for this council
            return CurrentTenant.callAs(council, work);
        }
        return onBehalfOfInSharedRead(shared, council, work);
    }

    /**
     * The request's shared read transaction carries no council (association staff's request): it carries
     * {@code council} for the work's reads, local to the transaction, and none again after it, whether the work ends
     * or fails. A failed restore fails the work (or is added to its failure): after a failed statement the transaction
     * is aborted, so nothing more is read on it, and its end undoes the local setting in any case.
     */
    private static <T> T onBehalfOfInSharedRead(Connection shared, TenantId council, Supplier<T> work) {
        try {
            write(shared, council.value(), true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bind the council for work on its behalf", e);
        }
        T result;
        try {
            result = CurrentTenant.callAs(council, work);
        } catch (RuntimeException | Error failure) {
            try {
                write(shared, "", true);
            } catch (SQLException | RuntimeException restore) {
                failure.addSuppressed(restore);
            }
            throw failure;
        }
        try {
            write(shared, "", true);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not unbind the council after work on its behalf", e);
        }
        return result;
    }

    /**
     * Marks {@code connection}, in a read-only transaction that an association staff member's page request shares
     * (bound to no council), as the request's shared read connection until the returned handle is closed; for the
     * request filter that opened the transaction. Work {@link #onBehalfOf} a council during the request then binds
     * that council on this connection for the work's duration (local to the transaction), since the connection was
     * bound once at checkout and is not checked out again. Refused when a council is bound: a council person's
     * request reads only its own council and never acts for another.
     */
    public static SharedRead shareReadTransaction(Connection connection) {
        requireNoCouncil("Only a request bound to no council shares its read transaction with work on behalf of one");
        if (SHARED_READ.get() != null) {
            throw new IllegalStateException("The request already shares a read transaction");
        }
        SHARED_READ.set(connection);
        return SHARED_READ::remove;
    }

    /** The request's shared read connection, until closed. */
    @FunctionalInterface
    public interface SharedRead extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Fails unless the unit of work is bound to {@code council}: the door binds the caller's own council, so any other
     * state is a programming error, never something a caller can cause.
     */
    public static void requireBoundTo(TenantId council) {
        if (!CurrentTenant.require().equals(council)) {
            throw new IllegalStateException("The unit of work is bound to another council than the caller's");
        }
    }

    /** Fails when a council is bound: for association-wide work, which must not run inside a council's. */
    public static void requireNoCouncil(String why) {
        if (CurrentTenant.get().isPresent()) {
            throw new IllegalStateException(why);
        }
    }

    /**
     * Writes the bound council (empty when none is bound) into a connection just checked out of the pool, for the
     * whole session: a query without a council sees no tenant-owned rows and cannot write any.
     */
    public static Connection bindConnection(Connection connection) throws SQLException {
        write(connection, CurrentTenant.get().map(TenantId::value).orElse(""), false);
        return connection;
    }

    /**
     * Runs {@code work} on the current transaction's connection as {@code council}, for this transaction only, then
     * puts back the council that was bound (on the connection and the unit of work). For the kernel's few steps that
     * act for another council inside one transaction: a merge re-labelling a predecessor's open items as the
     * successor's (with {@code app.carry_over}, see V104), a freed coaching place confirmed for the council first in
     * line.
     *
     * <p>There is no {@code finally} for the database setting: after a failure the transaction rolls back, and with it
     * this transaction-local setting; a statement there would only hide the first error behind "transaction is
     * aborted".
     */
    public static <T> T inTransactionAs(Connection connection, TenantId council, SqlWork<T> work) throws SQLException {
        String previous = read(connection);
        try (CurrentTenant.Binding ignored = CurrentTenant.bind(council)) {
            write(connection, council.value(), true);
            T result = work.run(connection);
            write(connection, previous == null ? "" : previous, true);
            return result;
        }
    }

    @Nullable
    private static String read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static void write(Connection connection, String council, boolean transactionOnly) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setString(1, council);
            statement.setBoolean(2, transactionOnly);
            statement.execute();
        }
    }

    /** Work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
