package uk.org.eelga.platform.framework.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A figure as one statement and a reading: the SQL listing the records behind it in the four evidence columns
 * (council, label, detail, counts), the values of its {@code ?}s (nulls allowed), and the figure from the records.
 * Kinds that give one for the bound council have their council figures read together with others in one round trip
 * ({@link OwnCouncilFigures}).
 */
public record FigureStatement(String sql, List<?> values, Function<List<EvidenceRow>, MeasureResult> figure) {

    public FigureStatement {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The figure, reading the records alone (one statement). */
    MeasureResult readAlone(LiveMeasureQuery query, String code) {
        return figure.apply(SqlMeasureKind.records(query, code, sql, values));
    }
}
