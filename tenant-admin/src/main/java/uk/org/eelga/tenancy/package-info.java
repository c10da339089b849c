/**
 * The tenancy kernel's core, which every feature depends on and which depends on nothing else of the platform:
 * the council as a tenant ({@link uk.org.eelga.tenancy.TenantId}), who is asking ({@link
 * uk.org.eelga.tenancy.Caller}, with its {@link uk.org.eelga.tenancy.Role}s and the authorisation helpers every
 * service uses), the one door that binds the caller's council to the unit of work and the database session ({@link
 * uk.org.eelga.tenancy.TenantScope}; {@link uk.org.eelga.tenancy.CurrentTenant} reads it), and the refusals the API and
 * the pages answer in one way ({@link uk.org.eelga.tenancy.Refusal}). The council comes from the verified identity,
 * never from a request.
 */
package uk.org.eelga.tenancy;
