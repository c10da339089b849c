package uk.org.eelga.platform.framework.live;

import java.util.List;
import java.util.Optional;

/** A figure the platform computes from its own records; see the package documentation for the contract. */
public interface LiveMeasureKind {

    /** Stable id stored on measures, lower-case with hyphens. */
    String code();

    String title();

    String description();

    List<ParameterSpec> parameters();

    /** The regional figure for the query's period, on an association-wide read connection. */
    MeasureResult compute(LiveMeasureQuery query);

    /** Whether {@link #computeForCouncil} gives a figure per council. */
    default boolean perCouncil() {
        return false;
    }

    /** The bound council's own figure (row-level security applies); empty when the kind has none. */
    default Optional<MeasureResult> computeForCouncil(LiveMeasureQuery query) {
        return councilStatement(query).map(records -> records.readAlone(query, code()));
    }

    /**
     * The bound council's figure as one statement and a reading of its records, so that a council's figures can be
     * read together; empty when the kind has no figure per council or computes it another way.
     */
    default Optional<FigureStatement> councilStatement(LiveMeasureQuery query) {
        return Optional.empty();
    }
}
