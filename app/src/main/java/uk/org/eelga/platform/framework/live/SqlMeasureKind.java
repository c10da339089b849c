package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import uk.org.eelga.tenancy.Rows;

/**
 * A live measure kind declared as data: the SQL that lists the records behind the figure, the values of its
 * {@code ?} parameters, and how the figure is read from those records. This record is also the one executor of every
 * kind; a feature declares its kinds as beans of it (see the package documentation).
 *
 * <p>The SQL returns one row per record: the council's id (null when the record is no council's), a label, a detail,
 * and whether the record counts towards the figure.
 *
 * @param sql the regional figure's records, read on an association-wide connection
 * @param councilSql the same for the bound council (and, where the kind says so, the councils merged into it), read
 *     under row-level security; null when the kind has no figure per council
 */
public record SqlMeasureKind(
        String code,
        String title,
        String description,
        List<ParameterSpec> parameters,
        String sql,
        @Nullable String councilSql,
        Arguments arguments,
        Reading reading)
        implements LiveMeasureKind {

    /** Whose figure is being computed. */
    public enum Scope {
        REGION,
        OWN_COUNCIL
    }

    /** The values of the SQL's {@code ?} parameters, in order. */
    @FunctionalInterface
    public interface Arguments {
        List<?> of(LiveMeasureQuery query, Scope scope);
    }

    /** The figure, from the records behind it. */
    @FunctionalInterface
    public interface Reading {
        MeasureResult figure(List<EvidenceRow> records, LiveMeasureQuery query, Scope scope);
    }

    /** The number of records that count. */
    public static final Reading COUNTED = (records, query, scope) -> MeasureResult.count(counted(records), records);

    /** The share of the records that count, as a percentage. */
    public static final Reading SHARE =
            (records, query, scope) -> MeasureResult.share(counted(records), records.size(), records);

    /**
     * The share of all member councils that used a service in the period. When none did, nothing of the service is
     * recorded in the period: that is no figure yet (the service may not have run), never a measured "0%" in red.
     */
    public static final Reading SHARE_OF_USE = (records, query, scope) -> counted(records) == 0
            ? new MeasureResult(null, 0L, (long) records.size(), records)
            : MeasureResult.share(counted(records), records.size(), records);

    public SqlMeasureKind {
        parameters = List.copyOf(parameters);
    }

    /** A kind with a regional figure only. */
    public SqlMeasureKind(
            String code,
            String title,
            String description,
            List<ParameterSpec> parameters,
            String sql,
            Arguments arguments,
            Reading reading) {
        this(code, title, description, parameters, sql, null, arguments, reading);
    }

    @Override
    public MeasureResult compute(LiveMeasureQuery query) {
        return run(sql, query, Scope.REGION);
    }

    @Override
    public boolean perCouncil() {
        return councilSql != null;
    }

    @Override
    public Optional<FigureStatement> councilStatement(LiveMeasureQuery query) {
        return councilSql == null
                ? Optional.empty()
                : Optional.of(new FigureStatement(
                        councilSql,
                        arguments.of(query, Scope.OWN_COUNCIL),
                        records -> reading.figure(records, query, Scope.OWN_COUNCIL)));
    }

    public static long counted(List<EvidenceRow> records) {
        return records.stream().filter(EvidenceRow::counted).count();
    }

    private MeasureResult run(String statementSql, LiveMeasureQuery query, Scope scope) {
        return reading.figure(records(query, code, statementSql, arguments.of(query, scope)), query, scope);
    }

    /**
     * The one executor of a kind's SQL: the records behind a figure, one per row (council id, label, detail,
     * counts). Kinds whose SQL depends on a parameter (and so cannot be one record of this type) call it directly.
     */
    public static List<EvidenceRow> records(LiveMeasureQuery query, String code, String statementSql, List<?> values) {
        try {
            return Rows.all(
                    query.connection(),
                    statementSql,
                    rows -> new EvidenceRow(
                            rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)),
                    values.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the figure " + code + ": " + e.getMessage(), e);
        }
    }

    /** The share of the records that count, as a percentage. */
    public static MeasureResult share(List<EvidenceRow> records) {
        return MeasureResult.share(counted(records), records.size(), records);
    }
}
