package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import uk.org.eelga.tenancy.council.CouncilKind;

/**
 * A survey's results for association staff: response rate by council (with who has not responded),
 * distributions per question, breakdowns by council kind and free-text answers. For anonymous surveys no answer
 * is shown with its council, and breakdown groups of fewer than {@link #MIN_GROUP} responses are hidden.
 */
@Serdeable
public record SurveyResults(
        long surveyId,
        String title,
        boolean anonymous,
        int councilsInAudience,
        int councilsResponded,
        @Nullable BigDecimal responseRatePercent,
        int submittedResponses,
        List<CouncilResponse> councils,
        List<QuestionResult> questions) {

    public static final int MIN_GROUP = 5;

    public List<CouncilResponse> notResponded() {
        return councils.stream()
                .filter(c -> c.inAudience() && c.status() != ResponseStatus.SUBMITTED)
                .toList();
    }

    @Serdeable
    public record CouncilResponse(
            String councilId,
            String name,
            CouncilKind kind,
            boolean inAudience,
            ResponseStatus status,
            int submitted,
            /** "Entered by … from … on …" when staff keyed the council's return in from paper or email. */
            @Nullable String entered) {}

    @Serdeable
    public record QuestionResult(
            long questionId,
            int number,
            String text,
            QuestionType type,
            int answered,
            List<Count> counts,
            List<KindBreakdown> byKind,
            List<TextAnswer> texts) {}

    @Serdeable
    public record Count(String label, int count) {}

    /** Answers by council kind; {@code suppressed} groups show no counts (anonymous and fewer than five). */
    @Serdeable
    public record KindBreakdown(CouncilKind kind, int responses, boolean suppressed, List<Count> counts) {}

    /** A free-text or number answer; the council is null for anonymous surveys. */
    @Serdeable
    public record TextAnswer(@Nullable String council, String text) {}
}
