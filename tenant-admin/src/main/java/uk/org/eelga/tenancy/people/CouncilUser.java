package uk.org.eelga.tenancy.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** A council's person as the platform knows them (tenant-owned). */
@MappedEntity("council_user")
record CouncilUser(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        String subject,
        String email,
        String displayName,
        String roles,
        Instant firstSignedInAt,
        Instant lastSignedInAt) {

    CouncilUser signedInAgain(String email, String displayName, String roles, Instant at) {
        return new CouncilUser(id, tenantId, subject, email, displayName, roles, firstSignedInAt, at);
    }

    PersonSummary summary() {
        return new PersonSummary(displayName, email, roles, firstSignedInAt, lastSignedInAt);
    }
}
