package uk.org.eelga.platform.survey;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.eelga.tenancy.Caller;

/** Writes the bound council's response rows; every statement names the council (RLS checks it as well). */
final class ResponseWriter {

    private ResponseWriter() {}

    static void write(
            Connection c,
            Survey survey,
            String council,
            Caller user,
            Map<Long, List<String>> answers,
            boolean submit,
            LocalDate today,
            Instant now) {
        boolean anonymous = survey.anonymous();
        String name = anonymous ? null : user.displayName();
        Instant at = anonymous ? null : now;
        String status = submit ? "SUBMITTED" : "DRAFT";
        LocalDate on = submit ? today : null;
        long id = ResponseFinder.row(c, survey, council, user)
                .map(existing -> {
                    // only a draft changes: of several saves at once, one that finds it submitted changes nothing
                    int changed = Sql.update(
                            c,
                            "update survey_response set status = ?, respondent_name = ?, updated_at = ?,"
                                    + " submitted_by = ?, submitted_on = ? where id = ? and tenant_id = ?"
                                    + " and status = 'DRAFT'",
                            status,
                            name,
                            at,
                            submit ? name : null,
                            on,
                            existing.id(),
                            council);
                    if (changed != 1) {
                        throw new SurveyRefused(
                                "DUPLICATE",
                                "This response has just been submitted by someone else; nothing was changed. Reload"
                                        + " the page to see it.");
                    }
                    return existing.id();
                })
                .orElseGet(() -> Sql.insert(
                        c,
                        "insert into survey_response (tenant_id, survey_id, per_council, anonymous, respondent,"
                                + " respondent_name, submitted_by, status, updated_at, submitted_on)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        council,
                        survey.id(),
                        survey.mode() == SurveyMode.PER_COUNCIL,
                        anonymous,
                        anonymous ? null : user.subject(),
                        name,
                        submit ? name : null,
                        status,
                        at,
                        on));
        replaceAnswers(c, id, council, answers);
    }

    /**
     * An anonymous per-person response: who took part goes to survey_participation (to stop a second response),
     * the response itself carries no person and no time of day, so the two cannot be joined.
     */
    static MyResponse submitAnonymousPerson(
            Connection c,
            Survey survey,
            String council,
            Caller user,
            Map<Long, List<String>> answers,
            boolean submit,
            LocalDate today) {
        if (!submit) {
            throw new SurveyRefused(
                    "ANONYMOUS_NO_DRAFT",
                    "This survey is anonymous, so answers cannot be kept as a draft (a draft would link them to"
                            + " you). Submit when you are ready; your answers stay on the page.");
        }
        Sql.update(
                c,
                "insert into survey_participation (tenant_id, survey_id, subject) values (?, ?, ?)",
                council,
                survey.id(),
                user.subject());
        long id = Sql.insert(
                c,
                "insert into survey_response (tenant_id, survey_id, per_council, anonymous, status, submitted_on)"
                        + " values (?, ?, false, true, 'SUBMITTED', ?)",
                council,
                survey.id(),
                today);
        replaceAnswers(c, id, council, answers);
        return new MyResponse(survey.id(), ResponseStatus.SUBMITTED, List.of(), null, null, null);
    }

    static void replaceAnswers(Connection c, long responseId, String council, Map<Long, List<String>> answers) {
        Sql.update(c, "delete from survey_answer where response_id = ? and tenant_id = ?", responseId, council);
        answers.forEach((question, values) -> values.forEach(value -> Sql.update(
                c,
                "insert into survey_answer (tenant_id, response_id, question_id, value) values (?, ?, ?, ?)",
                council,
                responseId,
                question,
                value)));
    }
}
