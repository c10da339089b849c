package uk.org.eelga.tenancy.council;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * Suspends and restores councils. A suspended council keeps all its data; its people are refused at sign-in, on
 * every API call and at their next page navigation. Only association admins may do it, always with a reason,
 * and every change is in the audit log.
 */
@Singleton
public class CouncilSuspension {

    static final int MAX_REASON = 500;

    private final CouncilRepository councils;
    private final AuditLog audit;

    CouncilSuspension(CouncilRepository councils, AuditLog audit) {
        this.councils = councils;
        this.audit = audit;
    }

    @Transactional
    public CouncilSummary suspend(TenantId id, Caller actor, String reason) {
        return change(id, actor, reason, CouncilStatus.ACTIVE, CouncilStatus.SUSPENDED, "council.suspended");
    }

    @Transactional
    public CouncilSummary restore(TenantId id, Caller actor, String reason) {
        return change(id, actor, reason, CouncilStatus.SUSPENDED, CouncilStatus.ACTIVE, "council.restored");
    }

    private CouncilSummary change(
            TenantId id, Caller actor, String reason, CouncilStatus from, CouncilStatus to, String action) {
        actor.requireAssociationAdmin(
                () -> new CouncilStatusChangeRefused("Only association admins can suspend or restore a council."));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || Text.hasControlCharacters(why, true)) {
            throw new CouncilStatusChangeRefused("Give a reason of 1 to " + MAX_REASON + " characters.");
        }
        Council council = councils.findById(id.value())
                .orElseThrow(() -> new CouncilStatusChangeRefused("There is no council " + id + "."));
        if (council.status() != from) {
            throw new CouncilStatusChangeRefused(
                    council.name() + " is " + council.status().name().toLowerCase() + "; nothing was changed.");
        }
        // conditional: of several admins doing the same at once, exactly one changes it and is audited
        if (councils.updateStatusIfStill(id.value(), from.name(), to.name()) != 1) {
            throw new CouncilStatusChangeRefused(council.name() + " was changed by someone else just now; nothing was"
                    + " changed. Look at it again.");
        }
        audit.record(actor, id, action, from.name(), to.name(), why);
        return councils.findById(id.value()).orElseThrow().summary();
    }
}
