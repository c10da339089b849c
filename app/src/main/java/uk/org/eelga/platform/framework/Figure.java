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
        /** No records (or no accepted value) behind the measure for the period: not rated, never a 0% red. */
        NONE("No figure yet"),
        /** The period has not started: nothing is due yet. */
        NOT_DUE("Not due");

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

    static Figure notDue(long measureId, String period) {
        return new Figure(
                measureId,
                period,
                null,
                Rag.NOT_RATED,
                Source.NOT_DUE,
                "The period has not started yet.",
                null,
                null,
                List.of(),
                false);
    }

    /** What the figure column says: the value in the measure's unit, or "No figure yet" / "Not due". */
    public String display(TargetType type) {
        if (value != null) {
            return Figures.format(type, value);
        }
        return source == Source.NOT_DUE ? Source.NOT_DUE.label() : Source.NONE.label();
    }

    /** The RAG as words for reports: "G Green", "Not rated", "Not due". */
    public String ragText() {
        if (source == Source.NOT_DUE) {
            return "Not due";
        }
        return rag == Rag.NOT_RATED
                ? "Not rated"
                : rag.letter() + " " + rag.name().charAt(0)
                        + rag.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    Figure asFrozen() {
        return new Figure(measureId, period, value, rag, source, commentary, numerator, denominator, evidence, true);
    }
}
