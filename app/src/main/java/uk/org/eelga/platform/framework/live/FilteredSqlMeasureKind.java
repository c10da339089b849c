package uk.org.eelga.platform.framework.live;

import java.util.List;

/**
 * A {@link FilteredMeasureKind} declared as data, like {@link SqlMeasureKind}: its statement is built from the query
 * (a parameter may change the SQL) with the condition to append, and the council's figure is the regional one
 * narrowed on {@code councilColumn}. Features declare these as beans of their measures factory.
 *
 * @param councilColumn the column that holds each record's council in the statement's SQL, e.g. {@code q.tenant_id}
 * @param statement the statement listing the records a condition keeps ({@code ""} for the region), with its reading
 */
public record FilteredSqlMeasureKind(
        String code,
        String title,
        String description,
        List<ParameterSpec> parameters,
        String councilColumn,
        Statement statement)
        implements FilteredMeasureKind {

    /** The statement for a query and the SQL condition to append. */
    @FunctionalInterface
    public interface Statement {
        FigureStatement of(LiveMeasureQuery query, String filter);
    }

    public FilteredSqlMeasureKind {
        parameters = List.copyOf(parameters);
    }

    @Override
    public FigureStatement records(LiveMeasureQuery query, String filter) {
        return statement.of(query, filter);
    }
}
