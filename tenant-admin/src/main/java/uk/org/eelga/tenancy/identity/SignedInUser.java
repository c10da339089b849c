package uk.org.eelga.tenancy.identity;

import io.micronaut.core.annotation.Nullable;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;
import uk.org.eelga.tenancy.TenantId;

/**
 * A person the platform has let in: from a verified token, with their platform roles and, for council people,
 * their council. Kept in the HTTP session for pages; built per request for the API.
 */
public record SignedInUser(
        String subject,
        String email,
        String displayName,
        Set<Role> roles,
        @Nullable TenantId council,
        @Nullable String councilName)
        implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean isAssociationStaff() {
        return roles.contains(Role.ASSOCIATION_STAFF) || roles.contains(Role.ASSOCIATION_ADMIN);
    }

    public boolean hasRole(String claim) {
        return roles.stream().anyMatch(role -> role.claim().equals(claim))
                // association admins can do everything association staff can
                || (Roles.ASSOCIATION_STAFF.equals(claim) && roles.contains(Role.ASSOCIATION_ADMIN));
    }

    /** The most senior role, for display ("Leader, Norwich City Council"). */
    public Role mainRole() {
        return roles.stream().max(Comparator.naturalOrder()).orElseThrow();
    }
}
