package uk.org.eelga.tenancy.rls;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;

/**
 * Hands out pooled connections that carry the current council in the {@code app.tenant_id} setting, which the
 * row-level-security policies read. Every checkout gets the current council, with an empty value when no council
 * is bound, so a connection never keeps the previous borrower's council: a query without a council sees no
 * tenant-owned rows and cannot write any.
 *
 * <p>The {@code set_config} round trip is sent only when the physical connection does not already carry that value
 * (issue 13: it was 3.6 round trips per page action, one per checkout). What each physical connection carries is
 * remembered here, and only for a value written in auto-commit mode (committed at once, so no rollback can undo it);
 * a checkout in a transaction, or a failed write, forgets it, so the next checkout writes again. This holds because
 * nothing else sets {@code app.tenant_id} at session level on the platform's connections: other code may only use
 * {@code set_config(..., true)} (local to its transaction, undone at its end), as {@code PlaceLedger} and
 * {@code OpenItemCarrier} do. A broken connection the pool replaces is a new object, so it is written again.
 * When this binding moves behind the tenant-scope door, carry the memory with it.
 */
final class TenantBoundDataSource implements DataSource {

    static final String SETTING = "app.tenant_id";
    private static final String BIND_SQL = "select set_config('" + SETTING + "', ?, false)";

    private final DataSource pool;

    /** The value each physical connection carries at session level (identity keys; a closed one is collected). */
    private final Map<Connection, String> carried = Collections.synchronizedMap(new WeakHashMap<>());

    TenantBoundDataSource(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bound(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bound(pool.getConnection(username, password));
    }

    private Connection bound(Connection connection) throws SQLException {
        String tenant = CurrentTenant.get().map(TenantId::value).orElse("");
        Connection physical = null;
        try {
            physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && Objects.equals(carried.get(physical), tenant)) {
                return connection;
            }
            carried.remove(physical);
            try (PreparedStatement bind = connection.prepareStatement(BIND_SQL)) {
                bind.setString(1, tenant);
                bind.execute();
            }
            if (autoCommit) {
                carried.put(physical, tenant);
            }
        } catch (SQLException e) {
            if (physical != null) {
                carried.remove(physical);
            }
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }
}
