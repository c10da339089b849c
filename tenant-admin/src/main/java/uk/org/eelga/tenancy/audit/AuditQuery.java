package uk.org.eelga.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Filters for the audit log; every one optional. Dates are inclusive UK days, as the log shows them. */
public record AuditQuery(
        @Nullable String who,
        @Nullable String council,
        @Nullable String action,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
