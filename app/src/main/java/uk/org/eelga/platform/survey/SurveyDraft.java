package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A survey as staff write it (builder page or API). Skip rules name an earlier question by its number in the
 * whole survey (1 = the first question of the first section).
 */
@Serdeable
public record SurveyDraft(
        String title,
        @Nullable String description,
        SurveyKind kind,
        SurveyAudience audience,
        @Nullable Long groupId,
        @Nullable Long meetingId,
        SurveyMode mode,
        boolean anonymous,
        Instant opensAt,
        Instant closesAt,
        List<SectionDraft> sections) {

    public SurveyDraft {
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    @Serdeable
    public record SectionDraft(String title, List<QuestionDraft> questions) {
        public SectionDraft {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    @Serdeable
    public record QuestionDraft(
            String text,
            QuestionType type,
            boolean required,
            @Nullable List<String> options,
            @Nullable Integer showIfQuestion,
            @Nullable String showIfAnswer) {
        public QuestionDraft {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public static QuestionDraft of(String text, QuestionType type, boolean required, List<String> options) {
            return new QuestionDraft(text, type, required, options, null, null);
        }

        public QuestionDraft showIf(int question, String answer) {
            return new QuestionDraft(text, type, required, options, question, answer);
        }
    }
}
