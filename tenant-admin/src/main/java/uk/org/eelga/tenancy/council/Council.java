package uk.org.eelga.tenancy.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import uk.org.eelga.tenancy.SharedReferenceData;

/** A row of the shared council register (reference data: not tenant-owned). */
@MappedEntity("council")
@SharedReferenceData("the register of member councils: every council and the association read it")
record Council(
        @Id String id,
        String name,
        CouncilKind kind,
        String countyArea,
        CouncilStatus status,
        @Nullable String reorganisationNote) {

    CouncilSummary summary() {
        return new CouncilSummary(id, name, kind, countyArea, status, reorganisationNote);
    }
}
