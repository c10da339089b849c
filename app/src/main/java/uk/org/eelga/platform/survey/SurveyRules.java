package uk.org.eelga.platform.survey;

import java.util.ArrayList;
import java.util.List;

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

    static void check(SurveyDraft d) {
        List<String> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
            problems.add("Give the survey a title of up to 200 characters.");
        }
        if (d.description().length() > 5000) {
            problems.add("Keep the description under 5,000 characters.");
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
                    || section.title().length() > 200) {
                problems.add("Every section needs a title of up to 200 characters.");
            }
            for (SurveyDraft.QuestionDraft q : section.questions()) {
                all.add(q);
                int number = all.size();
                if (q.text() == null || q.text().isBlank() || q.text().length() > 500) {
                    problems.add("Question " + number + " needs text of up to 500 characters.");
                }
                if (q.type() == null) {
                    problems.add("Question " + number + " needs a type.");
                    continue;
                }
                if (q.type().hasOptions() && options(q).size() < 2) {
                    problems.add("Question " + number + " needs at least two options.");
                }
                if (q.showIfQuestion() != null) {
                    int target = q.showIfQuestion();
                    if (target < 1 || target >= number) {
                        problems.add("Question " + number + " can only depend on an earlier question.");
                    } else if (!all.get(target - 1).type().hasOptions()
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
            throw new SurveyRefused("INVALID_SURVEY", String.join(" ", problems));
        }
    }
}
