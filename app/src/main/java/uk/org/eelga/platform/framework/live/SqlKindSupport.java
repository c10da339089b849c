package uk.org.eelga.platform.framework.live;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a kind's evidence query: each row is (council id or null, label, detail, counted). */
public final class SqlKindSupport {

    /** Sets a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private SqlKindSupport() {}

    public static List<EvidenceRow> evidence(LiveMeasureQuery query, String sql, Binder binder) {
        try (PreparedStatement statement = query.connection().prepareStatement(sql)) {
            binder.bind(statement);
            List<EvidenceRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new EvidenceRow(
                            result.getString(1), result.getString(2), result.getString(3), result.getBoolean(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the figure: " + e.getMessage(), e);
        }
    }

    /** The share of evidence rows that count. */
    public static MeasureResult share(List<EvidenceRow> evidence) {
        return MeasureResult.share(
                evidence.stream().filter(EvidenceRow::counted).count(), evidence.size(), evidence);
    }
}
