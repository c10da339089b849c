package uk.org.eelga.tenancy.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
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
        jdbc.prepareStatement(
                "insert into audit_event (actor_subject, actor_email, council_id, action, before_state,"
                        + " after_state, reason) values (?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, actor.subject());
                    statement.setString(2, actor.email());
                    statement.setString(3, council == null ? null : council.value());
                    statement.setString(4, action);
                    statement.setString(5, before);
                    statement.setString(6, after);
                    statement.setString(7, reason);
                    return statement.executeUpdate();
                });
    }
}
