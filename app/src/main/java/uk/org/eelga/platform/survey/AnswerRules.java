package uk.org.eelga.platform.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.eelga.tenancy.input.Text;

/**
 * Skip logic and answer checks, the same for the answer page and the API. A question whose skip rule is not met
 * is hidden: it is not required and any answer to it is discarded.
 */
public final class AnswerRules {

    /** Free-text answers longer than this are refused with a clear message (the column allows no more). */
    public static final int MAX_TEXT = 10_000;

    private AnswerRules() {}

    /** The questions shown for these answers, in survey order. */
    public static Set<Long> visible(Survey survey, Map<Long, List<String>> answers) {
        Set<Long> shown = new HashSet<>();
        for (Survey.Question q : survey.questions()) {
            if (!q.conditional()
                    || (shown.contains(q.showIfQuestion())
                            && answers.getOrDefault(q.showIfQuestion(), List.of())
                                    .contains(q.showIfAnswer()))) {
                shown.add(q.id());
            }
        }
        return shown;
    }

    /** The answers worth keeping: blank values dropped, unknown and hidden questions discarded. */
    public static Map<Long, List<String>> kept(Survey survey, Map<Long, List<String>> answers) {
        Map<Long, List<String>> trimmed = new LinkedHashMap<>();
        for (Survey.Question q : survey.questions()) {
            List<String> values = answers.getOrDefault(q.id(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(v -> q.type() == QuestionType.FREE_TEXT ? v : v.strip())
                    .distinct()
                    .toList();
            if (!values.isEmpty()) {
                trimmed.put(q.id(), values);
            }
        }
        Set<Long> shown = visible(survey, trimmed);
        trimmed.keySet().retainAll(shown);
        return trimmed;
    }

    /**
     * Checks answers (already {@link #kept}); on submit, required visible questions must be answered.
     *
     * @throws SurveyRefused naming every problem, before anything is saved
     */
    public static void check(Survey survey, Map<Long, List<String>> kept, boolean submitting) {
        List<Problem> problems = problems(survey, kept, submitting);
        if (problems.isEmpty()) {
            return;
        }
        String code = "INVALID_ANSWER";
        for (int i = 0; i < problems.size(); i++) {
            String message = problems.get(i).message();
            if (i == 0 && message.endsWith(NEEDS_AN_ANSWER)) {
                code = "REQUIRED_MISSING";
            } else if (message.contains(": the answer is")) {
                code = "TOO_LONG";
            }
        }
        throw new SurveyRefused(
                problems.stream().allMatch(p -> p.message().endsWith(NEEDS_AN_ANSWER)) ? "REQUIRED_MISSING" : code,
                SurveyRules.firstOf(problems.stream().map(Problem::message).toList()));
    }

    private static final String NEEDS_AN_ANSWER = " needs an answer.";

    /** A problem with the answer to one question, in words that name the question. */
    public record Problem(long questionId, String message) {}

    /**
     * Every problem of the answers (already {@link #kept}), in the survey's order: the page shows each at its question
     * at once, as GOV.UK's error summary does; {@link #check} refuses with the same words.
     */
    public static List<Problem> problems(Survey survey, Map<Long, List<String>> kept, boolean submitting) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> shown = visible(survey, kept);
        for (Survey.Question q : survey.questions()) {
            List<String> values = kept.getOrDefault(q.id(), List.of());
            String label = "Question " + q.number() + " (" + shorten(q.text()) + ")";
            if (values.isEmpty()) {
                if (submitting && q.required() && shown.contains(q.id())) {
                    problems.add(new Problem(q.id(), label + NEEDS_AN_ANSWER));
                }
                continue;
            }
            if (q.type() != QuestionType.MULTIPLE_CHOICE && values.size() > 1) {
                problems.add(new Problem(q.id(), label + " takes one answer."));
            }
            for (String value : values) {
                String problem = problem(q, value);
                if (problem != null) {
                    problems.add(new Problem(q.id(), label + ": " + problem));
                }
            }
        }
        return problems;
    }

    private static String problem(Survey.Question q, String value) {
        switch (q.type()) {
            case FREE_TEXT:
                if (value.length() > MAX_TEXT) {
                    return "the answer is " + value.length() + " characters long; the limit is " + MAX_TEXT
                            + ". Please shorten it (nothing has been lost).";
                }
                return Text.hasControlCharacters(value, true)
                        ? "the answer contains control characters; type it again as plain text."
                        : null;
            case NUMBER:
                try {
                    BigDecimal number = new BigDecimal(value.replace(",", ""));
                    return number.abs().compareTo(new BigDecimal("1e12")) > 0 ? "that number is too large." : null;
                } catch (NumberFormatException e) {
                    return "\"" + shorten(value) + "\" is not a number.";
                }
            case YES_NO:
                return QuestionType.YES_NO_OPTIONS.contains(value) ? null : "answer Yes or No.";
            default:
                return q.options().contains(value) ? null : "\"" + shorten(value) + "\" is not one of the options.";
        }
    }

    /** At most about 60 characters, cut between words: "Is your council finding any roles hard to…". */
    static String shorten(String value) {
        if (value.length() <= 60) {
            return value;
        }
        int space = value.lastIndexOf(' ', 60);
        return value.substring(0, space > 20 ? space : 60).stripTrailing() + "…";
    }
}
