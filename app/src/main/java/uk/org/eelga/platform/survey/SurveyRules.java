package uk.org.eelga.platform.survey;

import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;

/** Checks a survey as staff wrote it, before anything is saved. */
final class SurveyRules {

    private SurveyRules() {}

    /** The options stored for a question: yes/no is fixed, a rating without labels gets the five-point scale. */
    static List<String> options(SurveyDraft.QuestionDraft q) {
        if (q.type() == QuestionType.YES_NO) {
            return QuestionType.YES_NO_OPTIONS;
        }
        if (q.type() == QuestionType.RATING && q.options().isEmpty()) {
            return QuestionType.STANDARD_SCALE;
        }
        if (!q.type().hasOptions()) {
            return List.of();
        }
        return q.options().stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .distinct()
                .toList();
    }

    /** The problems in one sentence each; at most ten, so a huge survey gets a readable answer. */
    static String firstOf(List<String> problems) {
        String shown = String.join(" ", problems.subList(0, Math.min(10, problems.size())));
        return problems.size() > 10 ? shown + " And " + (problems.size() - 10) + " more problems." : shown;
    }

    static void check(SurveyDraft d) {
        List<String> problems = new ArrayList<>();
        if (d.title() == null
                || d.title().isBlank()
                || d.title().length() > 200
                || Text.hasControlCharacters(d.title(), false)) {
            problems.add("Give the survey a title of up to 200 characters of plain text.");
        }
        if (d.description().length() > 5000 || Text.hasControlCharacters(d.description(), true)) {
            problems.add("Keep the description under 5,000 characters of plain text.");
        }
        if (!Dates.plausible(d.opensAt()) || !Dates.plausible(d.closesAt())) {
            problems.add("Give opening and closing dates between 1900 and 2199.");
        }
        if (d.sections().size() > SurveyDraft.MAX_SECTIONS) {
            throw new SurveyRefused(
                    "INVALID_SURVEY", "A survey has at most " + SurveyDraft.MAX_SECTIONS + " sections.");
        }
        int questions =
                d.sections().stream().mapToInt(s -> s.questions().size()).sum();
        if (questions > SurveyDraft.MAX_QUESTIONS) {
            throw new SurveyRefused(
                    "INVALID_SURVEY", "A survey has at most " + SurveyDraft.MAX_QUESTIONS + " questions.");
        }
        if (d.kind() == null || d.audience() == null || d.mode() == null) {
            problems.add("Choose the kind, audience and mode.");
        }
        if (d.opensAt() == null || d.closesAt() == null || !d.closesAt().isAfter(d.opensAt())) {
            problems.add("The survey must close after it opens.");
        }
        if (d.audience() == SurveyAudience.GROUP && d.groupId() == null) {
            problems.add("Choose the group whose members are asked.");
        }
        if (d.audience() == SurveyAudience.EVENT_ATTENDEES && d.meetingId() == null) {
            problems.add("Choose the event whose attendees are asked.");
        }
        List<SurveyDraft.QuestionDraft> all = new ArrayList<>();
        for (SurveyDraft.SectionDraft section : d.sections()) {
            if (section.title() == null
                    || section.title().isBlank()
                    || section.title().length() > 200
                    || Text.hasControlCharacters(section.title(), false)) {
                problems.add("Every section needs a title of up to 200 characters of plain text.");
            }
            for (SurveyDraft.QuestionDraft q : section.questions()) {
                all.add(q);
                int number = all.size();
                if (q.text() == null
                        || q.text().isBlank()
                        || q.text().length() > SurveyDraft.QUESTION_TEXT_MAX
                        || Text.hasControlCharacters(q.text(), false)) {
                    problems.add("Question " + number + " needs text of up to 500 characters of plain text.");
                }
                if (q.type() == null) {
                    problems.add("Question " + number + " needs a type.");
                    continue;
                }
                if (q.options().size() > SurveyDraft.MAX_OPTIONS
                        || q.options().stream()
                                .anyMatch(o -> o.length() > Text.NAME || Text.hasControlCharacters(o, false))) {
                    problems.add("Question " + number + " has at most " + SurveyDraft.MAX_OPTIONS
                            + " options of up to 200 characters of plain text each.");
                    continue;
                }
                if (q.showIfAnswer() != null
                        && (q.showIfAnswer().length() > Text.NAME
                                || Text.hasControlCharacters(q.showIfAnswer(), false))) {
                    problems.add("Question " + number + "'s condition is not one of the options.");
                    continue;
                }
                if (q.type().hasOptions() && options(q).size() < 2) {
                    problems.add("Question " + number + " needs at least two options.");
                }
                if (q.showIfQuestion() != null) {
                    int target = q.showIfQuestion();
                    if (target < 1 || target >= number) {
                        problems.add("Question " + number + " can only depend on an earlier question.");
                    } else if (all.get(target - 1).type() == null
                            || !all.get(target - 1).type().hasOptions()
                            || !options(all.get(target - 1)).contains(q.showIfAnswer())) {
                        problems.add(
                                "Question " + number + " must depend on one of question " + target + "'s options.");
                    }
                }
            }
        }
        if (all.isEmpty()) {
            problems.add("Add at least one question.");
        }
        if (!problems.isEmpty()) {
            throw new SurveyRefused("INVALID_SURVEY", firstOf(problems));
        }
    }
}
