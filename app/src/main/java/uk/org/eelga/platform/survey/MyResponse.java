package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.org.eelga.tenancy.input.FreeText;

/**
 * The caller's (or their council's) response to a survey. Anonymous responses never show who saved them, and an
 * anonymous per-person response cannot be shown back at all (nothing links it to the person).
 */
@Serdeable
public record MyResponse(
        long surveyId,
        ResponseStatus status,
        List<Answer> answers,
        @Nullable String lastSavedBy,
        @Nullable Instant lastSavedAt,
        @Nullable LocalDate submittedOn) {

    public static MyResponse notStarted(long surveyId) {
        return new MyResponse(surveyId, ResponseStatus.NOT_STARTED, List.of(), null, null, null);
    }

    public Map<Long, List<String>> asMap() {
        return toMap(answers);
    }

    public static Map<Long, List<String>> toMap(List<Answer> answers) {
        Map<Long, List<String>> map = new LinkedHashMap<>();
        for (Answer a : answers == null ? List.<Answer>of() : answers) {
            if (a != null) {
                map.put(
                        a.questionId(),
                        a.values().stream().filter(v -> v != null).toList());
            }
        }
        return map;
    }

    public static List<Answer> fromMap(Map<Long, List<String>> map) {
        return map.entrySet().stream()
                .map(e -> new Answer(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The values given to one question (one for most types, several for multiple choice). */
    @Serdeable
    public record Answer(
            long questionId,
            @Size(max = SurveyDraft.MAX_OPTIONS)
                    List<@FreeText(max = AnswerRules.MAX_TEXT, multiline = true) String> values) {
        public Answer {
            values = values == null ? List.of() : values;
        }
    }
}
