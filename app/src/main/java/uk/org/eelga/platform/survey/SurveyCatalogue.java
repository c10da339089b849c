package uk.org.eelga.platform.survey;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.rls.AssociationWideRead;

/** The association's surveys: staff build, edit (until close) and publish them. */
@Singleton
public class SurveyCatalogue {

    private final TransactionOperations<Connection> transactions;
    private final AssociationWideRead wideRead;
    private final AuditLog audit;
    private final Clock clock;

    SurveyCatalogue(
            TransactionOperations<Connection> transactions, AssociationWideRead wideRead, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.wideRead = wideRead;
        this.audit = audit;
        this.clock = clock;
    }

    public long create(Caller staff, SurveyDraft draft) {
        staff.requireStaff(STAFF_ONLY);
        SurveyRules.check(draft);
        return transactions.executeWrite(status -> {
            long id = SurveyStore.insert(status.getConnection(), draft, staff.email());
            audit.record(staff, null, "SURVEY_CREATED", "survey " + id + ": " + draft.title());
            return id;
        });
    }

    /**
     * Changes a survey until it closes. Once any council has responded, its questions stay as they are (answers
     * refer to them); title, description, dates and audience may still change.
     */
    public void update(Caller staff, long id, SurveyDraft draft) {
        staff.requireStaff(STAFF_ONLY);
        Survey current = find(id).orElseThrow(SurveyNotFound::new);
        if (current.isClosed(clock.instant())) {
            throw new SurveyRefused("CLOSED", "This survey has closed; it can no longer be changed.");
        }
        SurveyRules.check(draft);
        boolean answered = wideRead.read(
                staff,
                "check whether survey " + id + " has responses before editing it",
                c -> SurveyStore.hasResponses(c, id));
        if (answered && !sameQuestions(current, draft)) {
            throw new SurveyRefused(
                    "HAS_RESPONSES",
                    "Councils have already answered this survey, so its questions cannot change. Title, description,"
                            + " dates and audience can.");
        }
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            // one edit at a time, and none while a council is saving answers (they hold a shared lock)
            if (!SurveyStore.lock(c, id, true)) {
                throw new SurveyNotFound();
            }
            Survey locked = SurveyStore.find(c, id).orElseThrow(SurveyNotFound::new);
            if (locked.isClosed(clock.instant())) {
                throw new SurveyRefused("CLOSED", "This survey has closed; it can no longer be changed.");
            }
            SurveyStore.updateHeader(c, id, draft);
            if (!answered) {
                try {
                    SurveyStore.replaceQuestions(c, id, draft);
                } catch (RuntimeException e) {
                    // answers that arrived since the check above still refer to the old questions
                    if (Duplicates.isForeignKeyViolation(e)) {
                        throw new SurveyRefused(
                                "HAS_RESPONSES",
                                "A council answered this survey while you were changing it, so its questions cannot"
                                        + " change now. Nothing was saved; title, description, dates and audience"
                                        + " can still change.");
                    }
                    throw e;
                }
            }
            audit.record(staff, null, "SURVEY_CHANGED", locked.title(), draft.title(), null);
            return null;
        });
    }

    public void publish(Caller staff, long id) {
        staff.requireStaff(STAFF_ONLY);
        Survey survey = find(id).orElseThrow(SurveyNotFound::new);
        if (survey.questions().isEmpty()) {
            throw new SurveyRefused("INVALID_SURVEY", "Add at least one question before publishing.");
        }
        transactions.executeWrite(status -> {
            if (!SurveyStore.publish(status.getConnection(), id)) {
                throw new SurveyRefused("ALREADY_PUBLISHED", "This survey is already published.");
            }
            audit.record(staff, null, "SURVEY_PUBLISHED", "survey " + id + ": " + survey.title());
            return null;
        });
    }

    /** Every survey (without questions), newest first; for staff pages. */
    public List<Survey> all() {
        return transactions.executeRead(status -> SurveyStore.all(status.getConnection()));
    }

    /** One survey with its questions, published or not; for staff (councils use {@link SurveyAnswering}). */
    public Optional<Survey> find(long id) {
        return transactions.executeRead(status -> SurveyStore.find(status.getConnection(), id));
    }

    /** Groups and events a survey can be addressed to, for the builder. */
    public List<Choice> groups() {
        return transactions.executeRead(status -> Sql.list(
                status.getConnection(),
                "select id, name from engagement_group where active order by name",
                rs -> new Choice(rs.getLong(1), rs.getString(2))));
    }

    public List<Choice> events() {
        return transactions.executeRead(status -> Sql.list(
                status.getConnection(),
                "select id, title || ' (' || to_char(starts_at at time zone 'Europe/London', 'FMDD FMMonth YYYY') || ')'"
                        + " from engagement_meeting where kind = 'EVENT' order by starts_at desc",
                rs -> new Choice(rs.getLong(1), rs.getString(2))));
    }

    /** An id and its name, for pickers. */
    @Serdeable
    public record Choice(long id, String name) {}

    /** How surveys refuse anyone but association staff. */
    static final Supplier<SecurityException> STAFF_ONLY =
            () -> new SecurityException("Only association staff manage surveys");

    private static boolean sameQuestions(Survey current, SurveyDraft draft) {
        List<String> before = current.questions().stream()
                .map(q -> q.text() + "|" + q.type() + "|" + q.options())
                .toList();
        List<String> after = draft.sections().stream()
                .flatMap(s -> s.questions().stream())
                .map(q -> q.text() + "|" + q.type() + "|" + SurveyRules.options(q))
                .toList();
        return before.equals(after);
    }
}
