package uk.org.eelga.tenancy.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What pages and the API show of a council. */
@Serdeable
public record CouncilSummary(
        String id,
        String name,
        CouncilKind kind,
        String countyArea,
        CouncilStatus status,
        @Nullable String reorganisationNote) {

    /**
     * Whether it is a member council now: active or suspended (not being onboarded, left or merged), as in the
     * framework's "share of member councils" figures.
     */
    public boolean memberNow() {
        return status == CouncilStatus.ACTIVE || status == CouncilStatus.SUSPENDED;
    }
}
