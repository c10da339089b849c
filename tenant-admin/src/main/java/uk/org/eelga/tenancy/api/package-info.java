/**
 * Tenant administration's REST API under {@code /api/v1} (councils, their people and users, onboarding, merges,
 * sign-in providers, a council's data, the audit log, who am I), and what every controller of the platform shares:
 * {@link uk.org.eelga.tenancy.api.ApiCaller}, how a controller gets the request's {@link uk.org.eelga.tenancy.Caller};
 * the audiences {@link uk.org.eelga.tenancy.api.ForCouncilPeople} and {@link
 * uk.org.eelga.tenancy.api.ForAssociationStaff} (stereotypes carrying {@code @Secured}, named once on a controller;
 * an operation's own {@code @Secured} wins); {@link uk.org.eelga.tenancy.api.ApiArguments} (a council id in the path,
 * an optional period) and {@link uk.org.eelga.tenancy.api.ApiDownloads} (a file to download). The bearer-token door,
 * problem responses and the served OpenAPI document (this package's generated document merged in) are the platform's
 * ({@code platform.api}).
 */
@Uses({
    "tenancy.audit",
    "tenancy.council",
    "tenancy.export",
    "tenancy.input",
    "tenancy.leaving",
    "tenancy.merge",
    "tenancy.onboarding",
    "tenancy.people",
    "tenancy.reconcile",
    "tenancy.signinprovider",
    "tenancy.users"
})
package uk.org.eelga.tenancy.api;

import uk.org.eelga.shared.Uses;
