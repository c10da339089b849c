package uk.org.eelga.tenancy.rls;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Hands out pooled connections that carry the current council in the database setting the row-level-security
 * policies read ({@link TenantScope#bindConnection}, the one writer of it). The setting is written on every checkout,
 * with an empty value when no council is bound, so a connection never keeps the previous borrower's council: a query
 * without a council sees no tenant-owned rows and cannot write any.
 */
final class TenantBoundDataSource implements DataSource {

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
        try {
            TenantScope.bindConnection(connection);
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
