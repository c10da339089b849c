package uk.org.eelga.platform.survey;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;

/**
 * A council's side of surveys: the open surveys addressed to the bound council, and its responses. The council is
 * always the bound one ({@link CurrentTenant}); every statement also names it, and row-level security checks it.
 */
@Singleton
public class SurveyAnswering {

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SurveyAnswering(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The open surveys addressed to the caller's council, with their status. */
    public List<SurveyForCouncil> openSurveys(Caller user) {
        String council = council(user);
        return transactions.executeRead(status -> {
            Connection c = status.getConnection();
            // three queries whatever the number of surveys: those addressed to the council, then the statuses
            java.util.Set<Long> addressed = new java.util.HashSet<>(Sql.list(
                    c,
                    "select s.id from survey s where s.published"
                            + " and exists (select 1 from survey_audience(s.id) as a(council) where a.council = ?)",
                    rs -> rs.getLong(1),
                    council));
            List<Survey> open = SurveyStore.published(c).stream()
                    .filter(s -> s.isOpen(clock.instant()) && addressed.contains(s.id()))
                    .toList();
            java.util.Map<Long, ResponseStatus> statuses = ResponseFinder.statuses(c, open, council, user);
            return open.stream()
                    .map(s -> new SurveyForCouncil(
                            s.id(),
                            s.title(),
                            s.kind(),
                            s.mode(),
                            s.anonymous(),
                            s.closesAt(),
                            statuses.getOrDefault(s.id(), ResponseStatus.NOT_STARTED)))
                    .toList();
        });
    }

    /** A published survey addressed to the caller's council (open or closed), or empty: never another's. */
    public Optional<Survey> survey(Caller user, long surveyId) {
        String council = council(user);
        return transactions.executeRead(status -> visible(status.getConnection(), surveyId, council));
    }

    public MyResponse myResponse(Caller user, long surveyId) {
        String council = council(user);
        return transactions.executeRead(status -> {
            Connection c = status.getConnection();
            Survey survey = visible(c, surveyId, council).orElseThrow(SurveyNotFound::new);
            return ResponseFinder.find(c, survey, council, user);
        });
    }

    /** Saves answers as a draft (required answers may be missing). Anonymous per-person surveys have no drafts. */
    public MyResponse saveDraft(Caller user, long surveyId, Map<Long, List<String>> answers) {
        return save(user, surveyId, answers, false);
    }

    /** Checks and submits the response; a council (or person) submits once. */
    public MyResponse submit(Caller user, long surveyId, Map<Long, List<String>> answers) {
        return save(user, surveyId, answers, true);
    }

    private MyResponse save(Caller user, long surveyId, Map<Long, List<String>> answers, boolean submit) {
        String council = council(user);
        try {
            return transactions.executeWrite(status -> {
                Connection c = status.getConnection();
                // a shared lock: staff cannot replace the questions while these answers are being written
                if (!SurveyStore.lock(c, surveyId, false)) {
                    throw new SurveyNotFound();
                }
                Survey survey = visible(c, surveyId, council).orElseThrow(SurveyNotFound::new);
                checkOpen(survey);
                Map<Long, List<String>> kept = AnswerRules.kept(survey, answers);
                AnswerRules.check(survey, kept, submit);
                LocalDate today = UkTime.today(clock);
                if (survey.anonymous() && survey.mode() == SurveyMode.PER_PERSON) {
                    return ResponseWriter.submitAnonymousPerson(c, survey, council, user, kept, submit, today);
                }
                MyResponse existing = ResponseFinder.find(c, survey, council, user);
                if (existing.status() == ResponseStatus.SUBMITTED) {
                    throw duplicate(survey, existing);
                }
                ResponseWriter.write(c, survey, council, user, kept, submit, today, clock.instant());
                return ResponseFinder.find(c, survey, council, user);
            });
        } catch (RuntimeException e) {
            throw Duplicates.translate(
                    e,
                    "This response was saved by someone else at the same moment, or"
                            + " has already been submitted. Reload the page: your answers above are still here.");
        }
    }

    private SurveyRefused duplicate(Survey survey, MyResponse existing) {
        String when = existing.submittedOn() == null ? "" : " on " + UkTime.date(existing.submittedOn());
        String who = existing.lastSavedBy() == null ? "" : " by " + existing.lastSavedBy();
        return survey.mode() == SurveyMode.PER_COUNCIL
                ? new SurveyRefused(
                        "DUPLICATE",
                        "Your council has already submitted its response to this survey" + when + who
                                + ". A council sends one response; nothing was changed.")
                : new SurveyRefused(
                        "DUPLICATE", "You have already submitted your response" + when + "; nothing was changed.");
    }

    private void checkOpen(Survey survey) {
        if (survey.isClosed(clock.instant())) {
            throw new SurveyRefused(
                    "CLOSED",
                    "This survey closed on " + UkTime.date(survey.closesAt())
                            + ". Your answers were not saved; anything saved before is kept.");
        }
        if (!survey.isOpen(clock.instant())) {
            throw new SurveyRefused("NOT_OPEN", "This survey opens on " + UkTime.date(survey.opensAt()) + ".");
        }
    }

    private static Optional<Survey> visible(Connection c, long surveyId, String council) {
        return SurveyStore.find(c, surveyId).filter(s -> s.published() && addressed(c, s.id(), council));
    }

    static boolean addressed(Connection c, long surveyId, String council) {
        return Sql.one(
                        c,
                        "select exists (select 1 from survey_audience(?) as a(council) where a.council = ?)",
                        rs -> rs.getBoolean(1),
                        surveyId,
                        council)
                .orElse(false);
    }

    private static String council(Caller user) {
        return user.councilOrRefuse(() -> new SecurityException("Only a council's own people answer its surveys"))
                .value();
    }
}
