package uk.org.eelga.tenancy.merge;

import java.time.LocalDate;
import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;

/** What a {@link CouncilMergeListener} is told: predecessors, successor, the date, and the admin who did it. */
public record CouncilMerged(Set<TenantId> predecessors, TenantId successor, LocalDate mergedOn, Caller by) {
    public CouncilMerged {
        predecessors = Set.copyOf(predecessors);
    }
}
