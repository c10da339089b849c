package uk.org.eelga.platform.framework.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;

/**
 * The bound council's own figures of many measures at once. Every kind that reads its council figure as one
 * {@link FigureStatement} returns the same four columns (council, label, detail, counts), so those statements are
 * read as the branches of one {@code union all}, each branch tagged with its place in the list: one statement
 * instead of one per measure (issue 13: a council's framework figures ran 26-35 statements, and each carried a fixed
 * cost in the driver and the server, its start and end, beyond its execution: more than most of these statements'
 * own execution time). Kinds that compute another way compute their own figures as before.
 */
public final class OwnCouncilFigures {

    /** One figure asked for: a per-council kind and the measure's query (on the council's bound connection). */
    public record Ask(LiveMeasureKind kind, LiveMeasureQuery query) {}

    /**
     * How much of each record to read: in full (what the page lists behind a figure), or only whether it counts,
     * for callers that show the figures without their records (the API): the records' labels are then empty, and
     * PostgreSQL does not work them out (it drops a subquery's unused columns). The details stay: some kinds' figures
     * read them (an invoice not yet raised is no figure, not an unpaid one).
     */
    public enum Records {
        IN_FULL,
        COUNTED_ONLY
    }

    /** A record read together, with the place in the list of the ask it belongs to. */
    private record AskedRow(int ask, EvidenceRow record) {}

    private OwnCouncilFigures() {}

    /** The figure of each ask, in the order asked; empty where the kind has no figure per council. */
    public static List<Optional<MeasureResult>> compute(Connection connection, List<Ask> asks) {
        return compute(connection, asks, Records.IN_FULL);
    }

    /** The figure of each ask, its records read as asked; empty where the kind has no figure per council. */
    public static List<Optional<MeasureResult>> compute(Connection connection, List<Ask> asks, Records reading) {
        List<Optional<FigureStatement>> statements = asks.stream()
                .map(ask -> ask.kind().councilStatement(ask.query()))
                .toList();
        List<List<EvidenceRow>> records = readTogether(connection, statements, reading);
        List<Optional<MeasureResult>> figures = new ArrayList<>(asks.size());
        for (int i = 0; i < asks.size(); i++) {
            Ask ask = asks.get(i);
            List<EvidenceRow> read = records.get(i);
            figures.add(
                    statements.get(i).isPresent()
                            ? statements
                                    .get(i)
                                    .map(statement -> statement.figure().apply(read))
                            : ask.kind().computeForCouncil(ask.query()));
        }
        return figures;
    }

    /**
     * The records of every statement read together, by its place in the list. Each branch numbers its rows in the
     * order its own SQL returns them, and the whole is sorted by branch and number, so every figure sees its records
     * in the order it would alone.
     */
    private static List<List<EvidenceRow>> readTogether(
            Connection connection, List<Optional<FigureStatement>> asked, Records reading) {
        String words = reading == Records.IN_FULL ? " r.label::text, r.detail::text," : " '', r.detail::text,";
        List<List<EvidenceRow>> records = new ArrayList<>(asked.size());
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            records.add(new ArrayList<>());
            if (asked.get(i).isEmpty()) {
                continue;
            }
            FigureStatement statement = asked.get(i).get();
            sql.append(sql.isEmpty() ? "" : " union all ")
                    .append("select ")
                    .append(i)
                    .append(" as ask, row_number() over () as n, r.council::text,")
                    .append(words)
                    .append(" r.counts::boolean from (")
                    .append(statement.sql())
                    .append(") as r(council, label, detail, counts)");
            values.addAll(statement.values());
        }
        if (sql.isEmpty()) {
            return records;
        }
        try {
            for (AskedRow row : Rows.all(
                    connection,
                    sql.append(" order by 1, 2").toString(),
                    r -> new AskedRow(
                            r.getInt(1),
                            new EvidenceRow(r.getString(3), r.getString(4), r.getString(5), r.getBoolean(6))),
                    values.toArray())) {
                records.get(row.ask()).add(row.record());
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the council's figures: " + e.getMessage(), e);
        }
    }
}
