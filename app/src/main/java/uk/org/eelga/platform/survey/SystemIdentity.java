package uk.org.eelga.platform.survey;

import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

/**
 * The platform itself acting as association staff, for work no person starts (event-evaluation invitations,
 * the demo-data loader). Its reads across councils are logged in association_access_log under this subject.
 */
final class SystemIdentity {

    static final Caller SURVEYS = new Caller(
            "system:surveys",
            "surveys@system.eelga",
            "EELGA platform (surveys)",
            Set.of(Role.ASSOCIATION_STAFF),
            null,
            null);

    private SystemIdentity() {}
}
