/**
 * The REST API's plumbing under /api: the door for bearer tokens ({@link
 * uk.org.eelga.platform.api.BearerAuthentication}: the one token verifier of tenant-admin, the council register, the
 * person's standing; it leaves the {@link uk.org.eelga.tenancy.Caller} on the request for {@link
 * uk.org.eelga.tenancy.api.ApiCaller}), the council bound for the whole request through {@link
 * uk.org.eelga.tenancy.TenantScope} ({@link uk.org.eelga.platform.api.ApiTenantBinding}), problem responses, and the
 * one OpenAPI document (tenant administration's merged in). Tenant administration's controllers are in tenant-admin
 * ({@code uk.org.eelga.tenancy.api}); each feature's are in its own package.
 */
@Uses({"platform.mail"})
package uk.org.eelga.platform.api;

import uk.org.eelga.shared.Uses;
