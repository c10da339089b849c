package uk.org.eelga.platform.framework;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import uk.org.eelga.platform.framework.FrameworkModel.Measure;
import uk.org.eelga.platform.framework.live.EvidenceRow;

/**
 * A council's own figure for a per-council measure, next to the regional figure published at the period's close
 * (null while the period is open). Never carries another council's figure.
 */
public record CouncilFigure(
        Measure measure,
        @Nullable BigDecimal ownValue,
        Rag ownRag,
        List<EvidenceRow> ownEvidence,
        @Nullable BigDecimal regionalValue,
        Rag regionalRag,
        boolean regionalPublished) {}
