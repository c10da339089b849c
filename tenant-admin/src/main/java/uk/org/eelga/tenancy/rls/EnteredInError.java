package uk.org.eelga.tenancy.rls;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.org.eelga.shared.EnteredFrom;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;

/**
 * How staff withdraw a record they entered from paper in error, for every kind of record: the reason is checked and
 * stripped, whose record it is is found by an audited association-wide read, and the change is made as that council
 * (row-level security as if the council had made it). What "withdrawn" means for the record stays the feature's.
 */
@Singleton
public class EnteredInError {

    /**
     * A kind of record that can be withdrawn.
     *
     * @param purpose   why staff read across councils, for the access log ("appraisal support entered from paper")
     * @param whoseSql  selects the one {@code tenant_id} of an entered record from the ids given to {@link #withdraw}
     * @param badReason the feature's refusal for a missing or unusable reason
     * @param notFound  the feature's refusal when no such entered record exists
     */
    public record Kind(
            String purpose,
            String whoseSql,
            Function<String, ? extends RuntimeException> badReason,
            Supplier<? extends RuntimeException> notFound) {}

    private final AssociationWideRead wideRead;
    private final OnBehalfOfCouncil onBehalf;

    EnteredInError(AssociationWideRead wideRead, OnBehalfOfCouncil onBehalf) {
        this.wideRead = wideRead;
        this.onBehalf = onBehalf;
    }

    /**
     * Runs {@code markWithdrawn} with the checked reason, bound to the council whose record {@code ids} name. The
     * caller has already refused anyone but association staff, in the feature's words.
     */
    public <T> T withdraw(
            Caller staff, Kind kind, @Nullable String reason, Function<String, T> markWithdrawn, Object... ids) {
        String checked = EnteredFrom.withdrawalReason(reason, kind.badReason());
        TenantId council = wideRead.councilOf(staff, kind.purpose() + " to withdraw", kind.whoseSql(), ids)
                .orElseThrow(kind.notFound());
        return onBehalf.call(staff, council, () -> markWithdrawn.apply(checked));
    }
}
