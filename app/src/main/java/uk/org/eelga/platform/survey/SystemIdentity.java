package uk.org.eelga.platform.survey;

import uk.org.eelga.tenancy.Caller;

/**
 * The platform itself acting as association staff, for work no person starts (event-evaluation invitations,
 * the demo-data loader). Its reads across councils are logged in association_access_log under this subject.
 */
final class SystemIdentity {

    static final Caller SURVEYS = Caller.platform("system:surveys", "surveys@system.eelga", "EELGA platform (surveys)");

    private SystemIdentity() {}
}
