package uk.org.eelga.tenancy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, refusing connections, the pool timing out) from any other failure,
 * so callers answer "unavailable, try again" (503) at once instead of an error or a hang.
 */
public final class DatabaseOutage {

    /**
     * What the pool (HikariCP 5, with no SQL state) says when a connection it closed as broken is used again. A
     * statement that loses the database mid-transaction fails with 08006 and the pool closes the connection; then
     * Micronaut, ending the transaction, resets the connection and reports that failure instead of the first one.
     */
    private static final String CLOSED = "Connection is closed";

    private DatabaseOutage() {}

    /** Whether this failure, or one of its causes, is the database being unreachable. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
