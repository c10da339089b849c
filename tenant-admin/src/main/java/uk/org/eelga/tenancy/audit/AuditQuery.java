package uk.org.eelga.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.stream.Stream;

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

    /** Whether anything narrows the log (an empty field asks for nothing). */
    public boolean narrows() {
        return Stream.of(who, council, action, text).anyMatch(value -> value != null && !value.isBlank())
                || from != null
                || to != null;
    }
}
