package uk.org.eelga.platform.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * A council's survey return (perception survey, canvass...) sent on paper or by email and keyed in by association
 * staff on the council's behalf (issue 14 point 2). The response is written as that council's own row through
 * {@link OnBehalfOfCouncil} (row-level security as if the council had answered), submitted on the day it was
 * received, checked by the same answer rules as the council's own page, and labelled "Entered by (staff) from
 * (source) on (today)" in the results, in the records behind the response-rate figure and in the audit log. A council
 * answers a per-council survey once: a second return, whether on the platform or keyed in, is refused; a draft the
 * council saved on the platform is replaced by the return.
 */
@Singleton
public class SurveyReturns {

    /** What staff send: the day the return was received (today when empty), its source and the answers. */
    @Serdeable
    public record PaperReturn(
            @Nullable @PlausibleDate LocalDate receivedOn,
            @FreeText(max = EnteredFrom.SOURCE_MAX) String source,
            @Size(max = SurveyDraft.MAX_QUESTIONS) List<MyResponse.@Valid Answer> answers) {
        public PaperReturn {
            answers = answers == null ? List.of() : answers;
        }
    }

    /** A return as saved: the council's response, the day it counts as submitted, and its label. */
    @Serdeable
    public record EnteredReturn(
            long responseId, long surveyId, String councilId, LocalDate submittedOn, String entered) {}

    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final AuditLog audit;
    private final Clock clock;

    SurveyReturns(
            TransactionOperations<Connection> transactions, OnBehalfOfCouncil onBehalf, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.audit = audit;
        this.clock = clock;
    }

    public EnteredReturn enter(Caller staff, long surveyId, String councilId, PaperReturn paper) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        if (paper == null) {
            throw new SurveyRefused("NO_RETURN", "Give the return's source and its answers");
        }
        EnteredFrom.check(paper.source(), problem -> new SurveyRefused("SOURCE", problem));
        LocalDate today = UkTime.today(clock);
        LocalDate received = paper.receivedOn() == null ? today : paper.receivedOn();
        if (received.isAfter(today) || received.getYear() < 1990) {
            throw new SurveyRefused("RECEIVED_ON", "The day the return was received is today or earlier (1990 on)");
        }
        TenantId council =
                TenantId.given(councilId, () -> new SurveyRefused("NO_SUCH_COUNCIL", "There is no such council"));
        Map<Long, List<String>> answers = MyResponse.toMap(paper.answers());
        String source = paper.source().strip();
        try {
            return onBehalf.call(
                    staff,
                    council,
                    () -> transactions.executeWrite(
                            status -> save(status.getConnection(), staff, surveyId, answers, source, received)));
        } catch (RuntimeException e) {
            throw Duplicates.translate(
                    e,
                    "This council's response has just been submitted (on the platform or by someone else entering"
                            + " it); nothing was changed. A council sends one response.");
        }
    }

    private EnteredReturn save(
            Connection c,
            Caller staff,
            long surveyId,
            Map<Long, List<String>> answers,
            String source,
            LocalDate received) {
        String council = CurrentTenant.require().value();
        if (!Sql.one(c, "select exists (select 1 from council where id = ?)", rs -> rs.getBoolean(1), council)
                .orElse(false)) {
            throw new SurveyRefused("NO_SUCH_COUNCIL", "There is no such council");
        }
        // a shared lock: staff cannot replace the questions while these answers are written
        if (!SurveyStore.lock(c, surveyId, false)) {
            throw new SurveyNotFound();
        }
        Survey survey = SurveyStore.find(c, surveyId).orElseThrow(SurveyNotFound::new);
        if (!survey.published()) {
            throw new SurveyRefused("NOT_PUBLISHED", "Publish the survey before entering returns to it");
        }
        if (!SurveyAnswering.addressed(c, surveyId, council)) {
            throw new SurveyRefused("NOT_IN_AUDIENCE", "This council is not in the survey's audience");
        }
        LocalDate opened = UkTime.dateOf(survey.opensAt());
        if (received.isBefore(opened)) {
            throw new SurveyRefused(
                    "RECEIVED_ON", "The survey opened on " + UkTime.date(opened) + "; a return comes after that");
        }
        Map<Long, List<String>> kept = AnswerRules.kept(survey, answers);
        AnswerRules.check(survey, kept, true);
        LocalDate today = UkTime.today(clock);
        long id;
        if (survey.mode() == SurveyMode.PER_COUNCIL) {
            List<Object[]> existing = Sql.list(
                    c,
                    "select id, status from survey_response where survey_id = ? and tenant_id = ? and per_council"
                            + " for update",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                    surveyId,
                    council);
            if (!existing.isEmpty() && "SUBMITTED".equals(existing.get(0)[1])) {
                throw new SurveyRefused(
                        "DUPLICATE", "This council has already submitted its response; a council sends one response");
            }
            if (!existing.isEmpty()) {
                id = (Long) existing.get(0)[0];
                Sql.update(
                        c,
                        "update survey_response set status = 'SUBMITTED', submitted_on = ?, submitted_by = ?,"
                                + " entered_by = ?, entered_from = ?, entered_on = ? where id = ? and tenant_id = ?"
                                + " and status = 'DRAFT'",
                        received,
                        survey.anonymous() ? null : staff.displayName(),
                        staff.displayName(),
                        source,
                        today,
                        id,
                        council);
            } else {
                id = insert(c, survey, council, staff, source, received, today);
            }
        } else {
            id = insert(c, survey, council, staff, source, received, today);
        }
        ResponseWriter.replaceAnswers(c, id, council, kept);
        String entered = EnteredFrom.label(staff.displayName(), source, today);
        audit.record(
                staff,
                CurrentTenant.require(),
                "survey.return-entered",
                null,
                survey.title() + ": return received " + UkTime.date(received) + ", " + kept.size() + " questions"
                        + " answered",
                entered);
        return new EnteredReturn(id, surveyId, council, received, entered);
    }

    private static long insert(
            Connection c,
            Survey survey,
            String council,
            Caller staff,
            String source,
            LocalDate received,
            LocalDate today) {
        return Sql.insert(
                c,
                "insert into survey_response (tenant_id, survey_id, per_council, anonymous, submitted_by, status,"
                        + " submitted_on, entered_by, entered_from, entered_on)"
                        + " values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)",
                council,
                survey.id(),
                survey.mode() == SurveyMode.PER_COUNCIL,
                survey.anonymous(),
                survey.anonymous() ? null : staff.displayName(),
                received,
                staff.displayName(),
                source,
                today);
    }
}
