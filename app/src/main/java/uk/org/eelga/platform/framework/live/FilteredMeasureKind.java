package uk.org.eelga.platform.framework.live;

import java.util.Optional;

/**
 * A live measure kind whose SQL depends on a parameter (so it cannot be one {@link SqlMeasureKind} record) and whose
 * council figure is the regional one narrowed to the bound council: it writes {@link #records} once, with a condition
 * to append, and {@link #figure} from the records; this interface gives the regional figure (no condition) and the
 * council's (its council column equal to the bound council, under row-level security).
 */
public interface FilteredMeasureKind extends LiveMeasureKind {

    /** The column that holds each record's council in the kind's SQL, e.g. {@code q.tenant_id}. */
    String councilColumn();

    /**
     * The statement listing the records the SQL condition {@code filter} keeps ({@code ""} for the region), and the
     * figure from them.
     */
    FigureStatement records(LiveMeasureQuery query, String filter);

    @Override
    default MeasureResult compute(LiveMeasureQuery query) {
        return records(query, "").readAlone(query, code());
    }

    @Override
    default boolean perCouncil() {
        return true;
    }

    @Override
    default Optional<FigureStatement> councilStatement(LiveMeasureQuery query) {
        return Optional.of(records(query, " and " + councilColumn() + " = app_current_tenant()"));
    }
}
