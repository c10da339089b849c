package uk.org.eelga.tenancy.rls;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The one way to read tenant-owned rows across councils, for association staff. Row-level security stays on:
 * the transaction switches to the {@code eelga_association_reader} role, whose policies allow reading (never
 * writing) every council's rows, and each use is written to {@code association_access_log} with who and why.
 */
@Singleton
public class AssociationWideRead {

    private final TransactionOperations<Connection> transactions;

    AssociationWideRead(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code query} on a connection that may read every council's rows.
     *
     * @param reader  the association staff member asking; anyone else is refused
     * @param purpose why, in a few words, kept in the access log
     */
    public <T> T read(Caller reader, String purpose, Function<Connection, T> query) {
        reader.requireStaff(() -> new SecurityException("Only association staff can read across councils"));
        TenantScope.requireNoCouncil("An association-wide read must not run inside a council's unit of work");
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                try (PreparedStatement log = connection.prepareStatement(
                        "insert into association_access_log (actor_subject, actor_email, purpose) values (?, ?, ?)")) {
                    log.setString(1, reader.subject());
                    log.setString(2, reader.email());
                    log.setString(3, purpose);
                    log.executeUpdate();
                }
                try (Statement role = connection.createStatement()) {
                    // Region-wide reads are few and heavy: each statement is planned for its own period and scope
                    // rather than with the generic plan PostgreSQL keeps for a statement prepared five times
                    // (issue 13: the regional table took 312 ms on the generic plan against 100 ms planned for its
                    // dates, at ten times the demo's data). Local to this transaction, sent with the role switch.
                    role.execute("set local role eelga_association_reader;"
                            + " set local plan_cache_mode = force_custom_plan");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not open an association-wide read", e);
            }
            return query.apply(connection);
        });
    }

    /**
     * Every row {@code sql} finds across councils with {@code values} bound in order, each read by {@code row}: the
     * plain case of {@link #read}, audited the same way.
     */
    public <T> List<T> rows(Caller reader, String purpose, String sql, Rows.Reader<T> row, Object... values) {
        return read(reader, purpose, connection -> {
            try {
                return Rows.all(connection, sql, row, values);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read " + purpose, e);
            }
        });
    }

    /**
     * The council that owns the row {@code sql} finds (it selects one {@code tenant_id}), or empty when there is none:
     * how staff find whose record to act on before acting on behalf of that council ({@link OnBehalfOfCouncil}).
     */
    public Optional<TenantId> councilOf(Caller reader, String purpose, String sql, Object... values) {
        return read(reader, purpose, connection -> {
            try {
                return Rows.first(connection, sql, r -> r.getString(1), values).map(TenantId::of);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not find whose record it is: " + purpose, e);
            }
        });
    }
}
