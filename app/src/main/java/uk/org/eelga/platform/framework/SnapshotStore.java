package uk.org.eelga.platform.framework;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.SharedReferenceData;

/** The framework_period_close table: closed periods and their frozen figures as JSON. Call inside a transaction. */
@Singleton
@SharedReferenceData("framework_period_close: the association's closed quarters")
class SnapshotStore {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    SnapshotStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A closed period; reopened ones are kept with who reopened them and why. */
    record Close(
            long id,
            String period,
            List<Figure> figures,
            String closedBy,
            Instant closedAt,
            String reopenedBy,
            String reopenReason) {}

    Optional<Close> openClose(long frameworkId, String period) {
        return closes(frameworkId).stream()
                .filter(c -> c.period().equals(period) && c.reopenedBy() == null)
                .findFirst();
    }

    List<Close> closes(long frameworkId) {
        return Rows.all(
                jdbc,
                "select id, period_code, snapshot, closed_by, closed_at, reopened_by, reopen_reason"
                        + " from framework_period_close where framework_id = ? order by closed_at, id",
                r -> new Close(
                        r.getLong(1),
                        r.getString(2),
                        read(r.getString(3)),
                        r.getString(4),
                        r.getTimestamp(5).toInstant(),
                        r.getString(6),
                        r.getString(7)),
                frameworkId);
    }

    long insert(long frameworkId, String period, List<Figure> figures, String closedBy) {
        String snapshot;
        try {
            snapshot = json.writeValueAsString(Argument.listOf(Figure.class), figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Rows.one(
                jdbc,
                "insert into framework_period_close (framework_id, period_code, snapshot, closed_by)"
                        + " values (?, ?, ?, ?) returning id",
                r -> r.getLong(1),
                frameworkId,
                period,
                snapshot,
                closedBy);
    }

    int reopen(long closeId, String by, String reason) {
        return Rows.update(
                jdbc,
                "update framework_period_close set reopened_by = ?, reopened_at = now(), reopen_reason = ?"
                        + " where id = ? and reopened_at is null",
                by,
                reason,
                closeId);
    }

    private List<Figure> read(String snapshot) {
        try {
            return json.readValue(snapshot, Argument.listOf(Figure.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
