package uk.org.eelga.tenancy.signinprovider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** Records a link or unlink in the audit log, in its own transaction (Keycloak holds the provider itself). */
@Singleton
class SignInProviderAudit {

    private final AuditLog audit;

    SignInProviderAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    void record(Caller actor, TenantId council, String action, @Nullable String before, @Nullable String after) {
        audit.record(actor, council, action, before, after, null);
    }
}
