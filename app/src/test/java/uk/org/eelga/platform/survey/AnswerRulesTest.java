package uk.org.eelga.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.org.eelga.shared.Csv;

class AnswerRulesTest {

    // 1: used services? (yes/no, required) 2: which? (multiple, required, only if 1 = Yes) 3: comments (free text)
    static final Survey SURVEY = new Survey(
            1,
            "S",
            "",
            SurveyKind.OTHER,
            SurveyAudience.ALL_COUNCILS,
            null,
            null,
            SurveyMode.PER_COUNCIL,
            false,
            Instant.EPOCH,
            Instant.EPOCH.plusSeconds(3600),
            true,
            List.of(new Survey.Section(
                    1,
                    "Only",
                    List.of(
                            new Survey.Question(
                                    11, 1, "Used?", QuestionType.YES_NO, true, List.of("Yes", "No"), null, null),
                            new Survey.Question(
                                    12, 2, "Which?", QuestionType.MULTIPLE_CHOICE, true, List.of("A", "B"), 11L, "Yes"),
                            new Survey.Question(
                                    13, 3, "Comments", QuestionType.FREE_TEXT, false, List.of(), null, null)))));

    @Test
    void a_question_shows_only_when_the_earlier_answer_matches() {
        assertThat(AnswerRules.visible(SURVEY, Map.of(11L, List.of("No")))).containsExactlyInAnyOrder(11L, 13L);
        assertThat(AnswerRules.visible(SURVEY, Map.of(11L, List.of("Yes")))).containsExactlyInAnyOrder(11L, 12L, 13L);
    }

    @Test
    void answers_to_hidden_questions_are_discarded_and_hidden_questions_are_not_required() {
        Map<Long, List<String>> kept = AnswerRules.kept(SURVEY, Map.of(11L, List.of("No"), 12L, List.of("A")));
        assertThat(kept).containsOnlyKeys(11L);
        AnswerRules.check(SURVEY, kept, true);
    }

    @Test
    void a_missing_required_answer_is_refused_on_submit_but_not_for_a_draft() {
        Map<Long, List<String>> kept = AnswerRules.kept(SURVEY, Map.of(11L, List.of("Yes")));
        AnswerRules.check(SURVEY, kept, false);
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, kept, true))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("Question 2 (Which?) needs an answer")
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("REQUIRED_MISSING");
    }

    @Test
    void a_free_text_answer_over_ten_thousand_characters_is_refused_with_its_length() {
        Map<Long, List<String>> kept =
                AnswerRules.kept(SURVEY, Map.of(11L, List.of("No"), 13L, List.of("x".repeat(100_000))));
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, kept, false))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("100000 characters long; the limit is 10000")
                .extracting(e -> ((SurveyRefused) e).code())
                .isEqualTo("TOO_LONG");
    }

    @Test
    void an_answer_that_is_not_one_of_the_options_is_refused() {
        assertThatThrownBy(() -> AnswerRules.check(SURVEY, Map.of(11L, List.of("<script>")), false))
                .isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("answer Yes or No");
    }

    @Test
    void csv_cells_are_quoted_and_formulas_are_neutralised() {
        assertThat(Csv.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.quoted("plain")).isEqualTo("\"plain\"");
    }
}
