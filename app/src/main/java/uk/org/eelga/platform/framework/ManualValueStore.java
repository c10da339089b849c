package uk.org.eelga.platform.framework;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.SharedReferenceData;

/** The measure_value table (manual figures; shared association data). Call inside a transaction. */
@Singleton
@SharedReferenceData("measure_value: manual figures of the association's regional measures")
class ManualValueStore {

    private static final String SELECT = "select id, measure_id, period_code, value, value_date, rag, commentary,"
            + " red_note, evidence_link, evidence_file_name, status, entered_by, entered_at, decided_by, decided_at"
            + " from measure_value";

    private final JdbcOperations jdbc;

    ManualValueStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record NewValue(
            long measureId,
            String period,
            java.math.BigDecimal value,
            java.time.LocalDate valueDate,
            Rag rag,
            String commentary,
            String redNote,
            String evidenceLink,
            String fileName,
            String contentType,
            byte[] file,
            String enteredBy) {}

    long insert(NewValue v) {
        return jdbc.prepareStatement(
                "insert into measure_value (measure_id, period_code, value, value_date, rag, commentary, red_note,"
                        + " evidence_link, evidence_file_name, evidence_content_type, evidence_file, entered_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                s -> {
                    s.setLong(1, v.measureId());
                    s.setString(2, v.period());
                    s.setBigDecimal(3, v.value());
                    s.setDate(4, v.valueDate() == null ? null : Date.valueOf(v.valueDate()));
                    s.setString(5, v.rag().name());
                    s.setString(6, v.commentary());
                    s.setString(7, v.redNote());
                    s.setString(8, v.evidenceLink());
                    s.setString(9, v.fileName());
                    s.setString(10, v.contentType());
                    s.setBytes(11, v.file());
                    s.setString(12, v.enteredBy());
                    return Rows.one(s, r -> r.getLong(1));
                });
    }

    int decide(long id, ManualValue.Status status, String decidedBy) {
        return Rows.update(
                jdbc,
                "update measure_value set status = ?, decided_by = ?, decided_at = now() where id = ? and status = 'PENDING'",
                status.name(),
                decidedBy,
                id);
    }

    Optional<ManualValue> find(long id) {
        return list(SELECT + " where id = ?", id).stream().findFirst();
    }

    List<ManualValue> history(long measureId) {
        return list(SELECT + " where measure_id = ? order by entered_at desc, id desc", measureId);
    }

    List<ManualValue> pending() {
        return list(SELECT + " where status = 'PENDING' and id > ? order by entered_at", 0L);
    }

    Optional<ManualValue> latestAccepted(long measureId, String period) {
        return history(measureId).stream()
                .filter(v ->
                        v.status() == ManualValue.Status.ACCEPTED && v.period().equals(period))
                .findFirst();
    }

    /**
     * The latest accepted value of each of these measures for the period, in one query (the framework page read
     * each measure's whole history one by one: issue 13). Same choice as {@link #latestAccepted(long, String)}.
     */
    java.util.Map<Long, ManualValue> latestAccepted(java.util.Collection<Long> measureIds, String period) {
        java.util.Map<Long, ManualValue> latest = new java.util.HashMap<>();
        if (measureIds.isEmpty()) {
            return latest;
        }
        jdbc.prepareStatement(
                SELECT + " where measure_id = any (?) and period_code = ? and status = 'ACCEPTED'"
                        + " order by entered_at desc, id desc",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", measureIds.toArray()));
                    s.setString(2, period);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            ManualValue value = row(r);
                            latest.putIfAbsent(value.measureId(), value);
                        }
                    }
                    return null;
                });
        return latest;
    }

    record EvidenceFile(String fileName, String contentType, byte[] content) {}

    Optional<EvidenceFile> file(long id) {
        return jdbc.prepareStatement(
                "select evidence_file_name, evidence_content_type, evidence_file from measure_value"
                        + " where id = ? and evidence_file is not null",
                s -> {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next()
                                ? Optional.of(new EvidenceFile(r.getString(1), r.getString(2), r.getBytes(3)))
                                : Optional.<EvidenceFile>empty();
                    }
                });
    }

    private List<ManualValue> list(String sql, long id) {
        return Rows.all(jdbc, sql, r -> row(r), id);
    }

    private static ManualValue row(ResultSet r) throws SQLException {
        Date valueDate = r.getDate("value_date");
        Timestamp decidedAt = r.getTimestamp("decided_at");
        return new ManualValue(
                r.getLong("id"),
                r.getLong("measure_id"),
                r.getString("period_code"),
                r.getBigDecimal("value"),
                valueDate == null ? null : valueDate.toLocalDate(),
                Rag.valueOf(r.getString("rag")),
                r.getString("commentary"),
                r.getString("red_note"),
                r.getString("evidence_link"),
                r.getString("evidence_file_name"),
                ManualValue.Status.valueOf(r.getString("status")),
                r.getString("entered_by"),
                r.getTimestamp("entered_at").toInstant(),
                r.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
