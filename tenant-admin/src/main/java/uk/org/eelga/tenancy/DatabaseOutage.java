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
        }
        return false;
    }
}
