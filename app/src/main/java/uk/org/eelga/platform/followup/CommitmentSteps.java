package uk.org.eelga.platform.followup;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.audit.AuditLog;

/**
 * Staff steps on one council's commitments, bound to that council (FollowUps binds it) and audited. Marking done
 * locks the row and checks under the lock, so of twenty at once one marks it done and the rest are told it is.
 */
@Singleton
class CommitmentSteps {

    private final CommitmentRepository commitments;
    private final AuditLog audit;
    private final Clock clock;

    CommitmentSteps(CommitmentRepository commitments, AuditLog audit, Clock clock) {
        this.commitments = commitments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Commitment record(Caller staff, CommitmentKind kind, String what, LocalDate aroseOn, LocalDate dueOn) {
        Commitment saved = commitments.save(
                new Commitment(null, null, kind, what, aroseOn, dueOn, null, null, staff.email(), clock.instant()));
        audit.record(staff, CurrentTenant.require(), "follow-up.recorded", describe(saved));
        return saved;
    }

    @Transactional
    Commitment done(Caller staff, long id, LocalDate on, String note) {
        Commitment before = commitments.lockById(id).orElseThrow(CommitmentNotFound::new);
        if (before.doneOn() != null) {
            throw new CommitmentRefused(
                    "already-done", "This commitment was already marked done on " + UkTime.date(before.doneOn()) + ".");
        }
        if (on.isBefore(before.aroseOn())) {
            throw new CommitmentRefused(
                    "done-on", "It cannot have been done before it arose (" + UkTime.date(before.aroseOn()) + ").");
        }
        Commitment after = commitments.update(before.done(on, note));
        audit.record(staff, CurrentTenant.require(), "follow-up.done", describe(before), describe(after), note);
        return after;
    }

    private static String describe(Commitment c) {
        return "follow-up " + c.id() + " (" + c.kind() + "): due " + c.dueOn()
                + (c.doneOn() == null ? ", open" : ", done " + c.doneOn());
    }
}
