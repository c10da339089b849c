package uk.org.eelga.tenancy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a prepared query, for hand-written SQL (inside {@code JdbcOperations.prepareStatement}): the
 * caller binds the parameters and says how one row reads; this runs the query, walks the rows and closes them. The
 * tenant filter is still the caller's SQL (and row-level security under it).
 *
 * <p>Where a statement's values are bound in order, the forms that take the {@link JdbcOperations} (or a
 * {@link Connection}) and the values bind them by {@code setObject}, an {@code Instant} as a {@code Timestamp} and an
 * enum constant as its name; a {@code null} goes as an untyped null, so it suits a column's value, not a bare
 * {@code ? is null}.
 */
public final class Rows {

    /** How one row of the result reads; the result set stands on that row. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** What is done with each row of the result (gathered into a map, say); the result set stands on that row. */
    @FunctionalInterface
    public interface Taker {
        void take(ResultSet row) throws SQLException;
    }

    private Rows() {}

    /** Hands every row of {@code sql}'s result, in its order, to {@code taker}; {@code values} bound in order. */
    public static void each(JdbcOperations jdbc, String sql, Taker taker, Object... values) {
        jdbc.prepareStatement(sql, query -> {
            try (ResultSet row = bind(query, values).executeQuery()) {
                while (row.next()) {
                    taker.take(row);
                }
            }
            return null;
        });
    }

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

    /** The first row of {@code sql}'s result on the connection, if there is one, run with {@code values} bound. */
    public static <T> Optional<T> first(Connection connection, String sql, Reader<T> reader, Object... values)
            throws SQLException {
        try (PreparedStatement query = bound(connection, sql, values)) {
            return first(query, reader);
        }
    }

    /** The one row {@code sql} always returns (an insert's {@code returning}, an aggregate), {@code values} bound. */
    public static <T> T one(JdbcOperations jdbc, String sql, Reader<T> reader, Object... values) {
        return jdbc.prepareStatement(sql, query -> one(bind(query, values), reader));
    }

    /** The first row of {@code sql}'s result, if there is one, run with {@code values} bound in order. */
    public static <T> Optional<T> first(JdbcOperations jdbc, String sql, Reader<T> reader, Object... values) {
        return jdbc.prepareStatement(sql, query -> first(bind(query, values), reader));
    }

    /** Every row of {@code sql}'s result, in its order, run with {@code values} bound in order. */
    public static <T> List<T> all(JdbcOperations jdbc, String sql, Reader<T> reader, Object... values) {
        return jdbc.prepareStatement(sql, query -> all(bind(query, values), reader));
    }

    /** Whether {@code sql} run with {@code values} bound in order returns any row. */
    public static boolean any(JdbcOperations jdbc, String sql, Object... values) {
        return jdbc.prepareStatement(sql, query -> any(bind(query, values)));
    }

    /** Runs the insert, update or delete {@code sql} with {@code values} bound in order; the rows it changed. */
    public static int update(JdbcOperations jdbc, String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> bind(statement, values).executeUpdate());
    }

    /** Runs the insert, update or delete {@code sql} on the connection with {@code values} bound in order. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = bound(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static PreparedStatement bound(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            return bind(statement, values);
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
