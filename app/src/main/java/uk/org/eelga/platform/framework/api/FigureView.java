package uk.org.eelga.platform.framework.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.org.eelga.platform.framework.Figure;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.Rag;
import uk.org.eelga.platform.framework.live.EvidenceRow;

/**
 * A measure's figure as the API gives it: the value (null when there is no figure), what the page shows
 * ({@code display}: "87%", "No figure yet", "Not due"), its status, the RAG, the records behind it and where to
 * read them ({@code records}: this API; {@code page}: the console page); a typed-in measure says why
 * ({@code whyTypedIn}).
 */
@Serdeable
record FigureView(
        long measureId,
        String period,
        @Nullable BigDecimal value,
        String display,
        @Schema(description = "FIGURE, NO_FIGURE_YET or NOT_DUE") String status,
        Rag rag,
        String ragText,
        Figure.Source source,
        @Schema(description = "For a typed-in measure: why the platform cannot compute it (null for a computed one)")
                @Nullable
                String whyTypedIn,
        @Nullable String commentary,
        @Nullable Long numerator,
        @Nullable Long denominator,
        List<EvidenceRow> evidence,
        boolean frozen,
        String records,
        String page) {

    static FigureView of(Measure measure, Figure f) {
        String period = URLEncoder.encode(f.period(), StandardCharsets.UTF_8).replace("+", "%20");
        return new FigureView(
                f.measureId(),
                f.period(),
                f.value(),
                f.display(measure.type()),
                f.value() != null ? "FIGURE" : f.source() == Figure.Source.NOT_DUE ? "NOT_DUE" : "NO_FIGURE_YET",
                f.rag(),
                f.ragText(),
                f.source(),
                measure.isLive() ? null : measure.manualReason(),
                f.commentary(),
                f.numerator(),
                f.denominator(),
                f.evidence(),
                f.frozen(),
                "/api/v1/measures/" + f.measureId() + "/figure?period=" + period,
                "/framework/measure/" + f.measureId() + "?period=" + period);
    }
}
