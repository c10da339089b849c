package uk.org.eelga.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;

/** Appends audit entries in the caller's transaction, so an action and its entry commit or fail together. */
@Singleton
public class AuditLog {

    private final JdbcOperations jdbc;

    AuditLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(
            Caller actor,
            @Nullable TenantId council,
            String action,
            @Nullable String before,
            @Nullable String after,
            @Nullable String reason) {
        Rows.update(
                jdbc,
                "insert into audit_event (actor_subject, actor_email, actor_name, council_id, action,"
                        + " before_state, after_state, reason) values (?, ?, ?, ?, ?, ?, ?, ?)",
                actor.subject(),
                actor.email(),
                nameOf(actor),
                council == null ? null : council.value(),
                action,
                before,
                after,
                reason);
    }

    /** An action with what it did ({@code after}), with no state before it and no reason given. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Caller actor, @Nullable TenantId council, String action, @Nullable String after) {
        record(actor, council, action, null, after, null);
    }

    /** The person's name as their sign-in gave it; none when it is only their address again or implausibly long. */
    static @Nullable String nameOf(Caller actor) {
        String name = actor.displayName() == null ? "" : actor.displayName().strip();
        return name.isEmpty() || name.contains("@") || name.length() > 200 ? null : name;
    }
}
