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
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.rls.EnteredInError;
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

    /**
     * A return entered from paper as staff review it: whose, to which survey, received when, entered by whom, and
     * withdrawn by whom and why if it was.
     */
    @Serdeable
    public record ListedReturn(
            long responseId,
            long surveyId,
            String surveyTitle,
            String councilId,
            String councilName,
            LocalDate receivedOn,
            String entered,
            @Nullable String withdrawn) {

        /** "Member perception survey 2026, received 3 March 2026", as the back-office page lists it. */
        public String what() {
            return surveyTitle + ", received " + UkTime.date(receivedOn);
        }
    }

    @Serdeable
    public record Withdrawal(@Nullable @FreeText(max = EnteredFrom.REASON_MAX, multiline = true) String reason) {}

    private final TransactionOperations<Connection> transactions;
    private final OnBehalfOfCouncil onBehalf;
    private final AssociationWideRead wideRead;
    private final EnteredInError enteredInError;
    private final AuditLog audit;
    private final Clock clock;

    SurveyReturns(
            TransactionOperations<Connection> transactions,
            OnBehalfOfCouncil onBehalf,
            AssociationWideRead wideRead,
            EnteredInError enteredInError,
            AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.onBehalf = onBehalf;
        this.wideRead = wideRead;
        this.enteredInError = enteredInError;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The returns entered from paper for every council, newest first, withdrawn ones too (staff, audited read): of
     * one survey, or of all when {@code surveyId} is null.
     */
    public List<ListedReturn> entered(Caller staff, @Nullable Long surveyId) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return wideRead.read(
                staff,
                surveyId == null ? "survey returns entered from paper" : "returns entered for survey " + surveyId,
                c -> surveyId == null
                        ? Sql.list(c, LISTED + " order by r.id desc", SurveyReturns::listed)
                        : Sql.list(
                                c,
                                LISTED + " and r.survey_id = ? order by r.id desc",
                                SurveyReturns::listed,
                                surveyId));
    }

    /**
     * Withdraws a return entered in error (the wrong council or survey, typed twice): it stays listed here with who
     * withdrew it, when and why, no figure counts it (results, export, response rates), and the council counts as
     * not responded again, so it can answer or the right return can be entered. A council's own response is not
     * withdrawn here.
     */
    public ListedReturn withdraw(Caller staff, long responseId, Withdrawal withdrawal) {
        staff.requireStaff(SurveyCatalogue.STAFF_ONLY);
        return enteredInError.withdraw(
                staff,
                ENTERED_IN_ERROR,
                withdrawal == null ? null : withdrawal.reason(),
                reason -> transactions.executeWrite(
                        status -> markWithdrawn(status.getConnection(), staff, responseId, reason)),
                responseId);
    }

    private static final EnteredInError.Kind ENTERED_IN_ERROR = new EnteredInError.Kind(
            "survey return entered from paper",
            "select tenant_id from survey_response where id = ? and entered_by is not null",
            problem -> new SurveyRefused("REASON", problem),
            () -> new SurveyNotFound("No such survey return entered from paper"));

    private ListedReturn markWithdrawn(Connection c, Caller staff, long responseId, String reason) {
        // conditional: of several withdrawals at once exactly one withdraws the return, the others are told
        int changed = Sql.update(
                c,
                "update survey_response set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_on = ?,"
                        + " withdrawn_reason = ? where id = ? and entered_by is not null and status = 'SUBMITTED'",
                staff.displayName(),
                UkTime.today(clock),
                reason,
                responseId);
        if (changed != 1) {
            throw new SurveyRefused("ALREADY_WITHDRAWN", "This return is already withdrawn");
        }
        ListedReturn withdrawn = Sql.one(c, LISTED + " and r.id = ?", SurveyReturns::listed, responseId)
                .orElseThrow();
        audit.record(
                staff,
                CurrentTenant.require(),
                "survey.return-withdrawn",
                withdrawn.what() + "; " + withdrawn.entered(),
                "withdrawn",
                reason);
        return withdrawn;
    }

    private static final String LISTED = "select r.id, r.survey_id, s.title, r.tenant_id, c.name, r.submitted_on,"
            + " app_entered_label(r.entered_by, r.entered_from, r.entered_on), r.withdrawn_by, r.withdrawn_on,"
            + " r.withdrawn_reason from survey_response r join survey s on s.id = r.survey_id"
            + " join council c on c.id = r.tenant_id where r.entered_by is not null";

    private static ListedReturn listed(java.sql.ResultSet r) throws java.sql.SQLException {
        return new ListedReturn(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getObject(6, LocalDate.class),
                r.getString(7),
                r.getString(8) == null
                        ? null
                        : EnteredFrom.withdrawnLabel(r.getString(8), r.getObject(9, LocalDate.class), r.getString(10)));
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
                            + " and status <> 'WITHDRAWN' for update",
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
