package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * A survey as staff write it (builder page or API). Skip rules name an earlier question by its number in the
 * whole survey (1 = the first question of the first section). The limits here are checked again by
 * {@link SurveyRules}, for the builder page too.
 */
@Serdeable
public record SurveyDraft(
        @FreeText(max = Text.NAME) String title,
        @Nullable @FreeText(max = Text.PARAGRAPH, multiline = true) String description,
        SurveyKind kind,
        SurveyAudience audience,
        @Nullable Long groupId,
        @Nullable Long meetingId,
        SurveyMode mode,
        boolean anonymous,
        @PlausibleDate Instant opensAt,
        @PlausibleDate Instant closesAt,
        @Size(max = SurveyDraft.MAX_SECTIONS) List<@Valid SectionDraft> sections) {

    /** The most sections a survey can have. */
    public static final int MAX_SECTIONS = 20;
    /** The most questions in a whole survey. */
    public static final int MAX_QUESTIONS = 200;
    /** The most options of one question. */
    public static final int MAX_OPTIONS = 50;
    /** The longest question text. */
    public static final int QUESTION_TEXT_MAX = 500;

    public SurveyDraft {
        description = description == null ? "" : description;
        sections = sections == null
                ? List.of()
                : sections.stream().filter(s -> s != null).toList();
    }

    @Serdeable
    public record SectionDraft(
            @FreeText(max = Text.NAME) String title,
            @Size(max = SurveyDraft.MAX_QUESTIONS) List<@Valid QuestionDraft> questions) {
        public SectionDraft {
            questions = questions == null
                    ? List.of()
                    : questions.stream().filter(q -> q != null).toList();
        }
    }

    @Serdeable
    public record QuestionDraft(
            @FreeText(max = SurveyDraft.QUESTION_TEXT_MAX) String text,
            QuestionType type,
            boolean required,
            @Nullable @Size(max = SurveyDraft.MAX_OPTIONS) List<@FreeText(max = Text.NAME) String> options,
            @Nullable Integer showIfQuestion,
            @Nullable @FreeText(max = Text.NAME) String showIfAnswer) {
        public QuestionDraft {
            options = options == null
                    ? List.of()
                    : options.stream().filter(o -> o != null).toList();
        }

        public static QuestionDraft of(String text, QuestionType type, boolean required, List<String> options) {
            return new QuestionDraft(text, type, required, options, null, null);
        }

        public QuestionDraft showIf(int question, String answer) {
            return new QuestionDraft(text, type, required, options, question, answer);
        }
    }
}
