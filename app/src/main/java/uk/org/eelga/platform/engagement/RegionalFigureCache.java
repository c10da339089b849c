package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Region-wide figures (the medians beside a council's own engagement figures) kept per period, because they are the
 * same for every council and cost more than everything else on the page (issue 13). An entry is reused only while
 * the database's {@code regional_figures_version} sequence has not moved: triggers on every table the median
 * functions read move it when a change commits (V171), so a median is recomputed after any change to the records
 * behind it, whichever part of the platform made it. Reading the version is one cheap statement in the caller's
 * transaction ({@link #version}), or a column of a statement the caller runs anyway (the engagement summary reads it
 * with the council's own figures and hands it to the other features' lines). As a backstop for a change committing while a median is being computed, an entry also expires after
 * {@link #MAX_AGE_NANOS}.
 */
@Singleton
public class RegionalFigureCache {

    static final long MAX_AGE_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 512;

    /** A computation that reads the database. */
    @FunctionalInterface
    public interface Computation<T> {
        T compute() throws SQLException;
    }

    private record Entry(long version, long at, Object value) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The current version of the region-wide records, read on {@code connection}. */
    public long version(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select last_value, is_called from regional_figures_version");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(2) ? row.getLong(1) : 0;
        }
    }

    /** The figure under {@code key} computed at {@code version}, computing it if it is missing, older or expired. */
    @SuppressWarnings("unchecked")
    public <T> T get(long version, String key, Computation<T> computation) throws SQLException {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.at() < MAX_AGE_NANOS) {
            return (T) entry.value();
        }
        T value = computation.compute();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(version, now, value));
        return value;
    }

    /** Forgets every figure (tests). */
    public void clear() {
        entries.clear();
    }
}
