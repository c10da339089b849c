package uk.org.eelga.platform.survey;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;

/**
 * Small JDBC helpers for hand-written SQL (values bound as {@link Rows} binds them); callers always write the tenant
 * filter into their SQL.
 */
final class Sql {

    private Sql() {}

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) {
        try {
            return Rows.all(c, sql, row::map, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) {
        List<T> all = list(c, sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static int update(Connection c, String sql, Object... params) {
        try {
            return Rows.update(c, sql, params);
        } catch (SQLException e) {
            throw new DataProblem(e);
        }
    }

    static long insert(Connection c, String sql, Object... params) {
        return one(c, sql + " returning id", rs -> rs.getLong(1), params).orElseThrow();
    }

    static Array texts(Connection c, List<String> values) {
        try {
            return c.createArrayOf("text", values.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A write the database refused; {@link #constraint()} names the constraint when there is one. */
    static final class DataProblem extends RuntimeException {
        private final String sqlState;

        DataProblem(SQLException cause) {
            super(cause.getMessage(), cause);
            this.sqlState = cause.getSQLState();
        }

        boolean uniqueViolation() {
            return "23505".equals(sqlState);
        }

        boolean foreignKeyViolation() {
            return "23503".equals(sqlState);
        }
    }
}
