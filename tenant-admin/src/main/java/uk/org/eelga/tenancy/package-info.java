/**
 * The tenancy kernel: every member council is a tenant, identified by a {@link uk.org.eelga.tenancy.TenantId}
 * taken from the verified identity token, never from a request. {@link uk.org.eelga.tenancy.CurrentTenant}
 * carries it through a unit of work; repositories filter by it and PostgreSQL row-level security enforces it.
 */
package uk.org.eelga.tenancy;
