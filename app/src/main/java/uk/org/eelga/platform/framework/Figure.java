package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import uk.org.eelga.platform.framework.live.EvidenceRow;

/**
 * A measure's figure for a period: its value and RAG, where it came from, the commentary, and (for live
 * figures) the records behind it. This is also what a closed quarter's snapshot keeps, as JSON.
 */
@Serdeable
public record Figure(
        long measureId,
        String period,
        @Nullable BigDecimal value,
        Rag rag,
        Source source,
        @Nullable String commentary,
        @Nullable Long numerator,
        @Nullable Long denominator,
        List<EvidenceRow> evidence,
        boolean frozen) {

    public enum Source {
        LIVE("Computed from the platform's records"),
        MANUAL("Entered by staff and accepted"),
        NONE("No figure yet");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Figure {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Figure none(long measureId, String period) {
        return new Figure(measureId, period, null, Rag.NOT_RATED, Source.NONE, null, null, null, List.of(), false);
    }

    Figure asFrozen() {
        return new Figure(measureId, period, value, rag, source, commentary, numerator, denominator, evidence, true);
    }
}
