package uk.org.eelga.tenancy.rls;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;

/**
 * Hands out pooled connections that carry the current council in the {@code app.tenant_id} setting, which the
 * row-level-security policies read. The setting is written on every checkout, with an empty value when no council
 * is bound, so a connection never keeps the previous borrower's council: a query without a council sees no
 * tenant-owned rows and cannot write any.
 */
final class TenantBoundDataSource implements DataSource {

    static final String SETTING = "app.tenant_id";
    private static final String BIND_SQL = "select set_config('" + SETTING + "', ?, false)";

    private final DataSource pool;

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

    private static Connection bound(Connection connection) throws SQLException {
        String tenant = CurrentTenant.get().map(TenantId::value).orElse("");
        try (PreparedStatement bind = connection.prepareStatement(BIND_SQL)) {
            bind.setString(1, tenant);
            bind.execute();
        } catch (SQLException e) {
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
