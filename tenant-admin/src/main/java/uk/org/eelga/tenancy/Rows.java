package uk.org.eelga.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a prepared query, for hand-written SQL (inside {@code JdbcOperations.prepareStatement}): the
 * caller binds the parameters and says how one row reads; this runs the query, walks the rows and closes them. The
 * tenant filter is still the caller's SQL (and row-level security under it).
 */
public final class Rows {

    /** How one row of the result reads; the result set stands on that row. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Rows() {}

    /** Every row of the query's result, in the query's order. */
    public static <T> List<T> all(PreparedStatement query, Reader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                out.add(reader.read(row));
            }
        }
        return out;
    }

    /**
     * The value of the one row the query always returns (an insert's {@code returning}, an aggregate,
     * {@code select exists}).
     */
    public static <T> T one(PreparedStatement query, Reader<T> reader) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return reader.read(row);
        }
    }

    /** Whether the query returns any row. */
    public static boolean any(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next();
        }
    }

    /** Every row of {@code sql} run with {@code values} bound in order (each by {@code setObject}). */
    public static <T> List<T> all(Connection connection, String sql, Reader<T> reader, Object... values)
            throws SQLException {
        try (PreparedStatement query = bound(connection, sql, values)) {
            return all(query, reader);
        }
    }

    /** The one row {@code sql} always returns, run with {@code values} bound in order (each by {@code setObject}). */
    public static <T> T one(Connection connection, String sql, Reader<T> reader, Object... values) throws SQLException {
        try (PreparedStatement query = bound(connection, sql, values)) {
            return one(query, reader);
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The first row of the query's result, if there is one. */
    public static <T> Optional<T> first(PreparedStatement query, Reader<T> reader) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.empty();
        }
    }
}
