package uk.org.eelga.platform.appraisal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * Staff decisions on one council's request; runs bound to that council (see AppraisalSupport), audited. Each
 * decision locks the request and checks its state under the lock, so of two decisions at once the second sees the
 * first (409 when it no longer applies); scheduling again with the same adviser and date changes and records nothing.
 */
@Singleton
class AppraisalDecisions {

    /** How far ahead an appraisal can be scheduled. */
    static final int SCHEDULE_YEARS_AHEAD = 2;

    private final AppraisalRequestRepository requests;
    private final AuditLog audit;
    private final Clock clock;

    AppraisalDecisions(AppraisalRequestRepository requests, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves support given before the platform (bound to its council), audited with its source. */
    @Transactional
    AppraisalRequest enterPast(Caller staff, AppraisalRequest past) {
        AppraisalRequest saved = requests.save(past);
        audit.record(
                staff,
                CurrentTenant.require(),
                "appraisal.entered",
                null,
                saved.summary().statusLabel() + ", requested " + UkTime.date(saved.requestedAt()),
                saved.summary().entered());
        return saved;
    }

    @Transactional
    AppraisalRequest schedule(Caller staff, long id, String adviser, LocalDate on) {
        if (adviser == null || adviser.isBlank()) {
            throw new AppraisalRefused("adviser-missing", "Name the adviser who will support the appraisal.");
        }
        Text.check("the adviser's name", adviser, Text.NAME, false, m -> new AppraisalRefused("adviser", m));
        if (on == null) {
            throw new AppraisalRefused("date-missing", "Give the date of the appraisal.");
        }
        LocalDate today = today();
        if (on.isBefore(today) || on.isAfter(today.plusYears(SCHEDULE_YEARS_AHEAD))) {
            throw new AppraisalRefused(
                    "date-range",
                    "Schedule the appraisal between today and " + SCHEDULE_YEARS_AHEAD + " years from now.");
        }
        return change(staff, id, "appraisal.scheduled", null, request -> {
            if (!request.status().isOpen()) {
                throw new AppraisalRefused(
                        "not-open",
                        "This request is " + request.status().label().toLowerCase() + " and cannot be scheduled.");
            }
            if (request.status() == AppraisalStatus.SCHEDULED
                    && adviser.trim().equals(request.adviser())
                    && on.equals(request.scheduledOn())) {
                return request; // asked twice (a double click, a retry): already so, nothing to record
            }
            return request.scheduled(adviser.trim(), on, staff.email());
        });
    }

    @Transactional
    AppraisalRequest deliver(Caller staff, long id, LocalDate on) {
        LocalDate today = today();
        if (on == null || on.isAfter(today)) {
            throw new AppraisalRefused("delivered-date", "Give the date it was delivered (today or earlier).");
        }
        return change(staff, id, "appraisal.delivered", null, request -> {
            if (request.status() != AppraisalStatus.SCHEDULED) {
                throw new AppraisalRefused("not-scheduled", "Only a scheduled appraisal can be marked delivered.");
            }
            if (on.isBefore(UkTime.dateOf(request.requestedAt()))) {
                throw new AppraisalRefused(
                        "delivered-date", "The appraisal cannot have been delivered before it was requested.");
            }
            return request.delivered(on, staff.email());
        });
    }

    @Transactional
    AppraisalRequest decline(Caller staff, long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AppraisalRefused("reason-missing", "Say why the request is declined; the council sees it.");
        }
        Text.check("the reason", reason, Text.REASON, true, m -> new AppraisalRefused("reason", m));
        return change(staff, id, "appraisal.declined", reason.trim(), request -> {
            if (!request.status().isOpen()) {
                throw new AppraisalRefused(
                        "not-open",
                        "This request is " + request.status().label().toLowerCase() + " and cannot be declined.");
            }
            return request.declined(reason.trim(), staff.email());
        });
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private AppraisalRequest change(
            Caller staff, long id, String action, String reason, UnaryOperator<AppraisalRequest> decision) {
        AppraisalRequest before = requests.lockById(id).orElseThrow(AppraisalNotFound::new);
        AppraisalRequest decided = decision.apply(before);
        if (decided == before) {
            return before;
        }
        AppraisalRequest after = requests.update(decided);
        audit.record(staff, CurrentTenant.require(), action, describe(before), describe(after), reason);
        return after;
    }

    private static String describe(AppraisalRequest r) {
        return "request " + r.id() + ": " + r.status() + (r.adviser() == null ? "" : ", adviser " + r.adviser())
                + (r.scheduledOn() == null ? "" : ", on " + r.scheduledOn())
                + (r.deliveredOn() == null ? "" : ", delivered " + r.deliveredOn());
    }
}
