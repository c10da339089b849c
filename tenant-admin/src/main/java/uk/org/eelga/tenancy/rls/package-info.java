/**
 * Row-level security plumbing: the last line of tenant isolation. Every connection the application checks out
 * carries the bound council in {@code app.tenant_id}; PostgreSQL policies compare each tenant-owned row with it.
 */
package uk.org.eelga.tenancy.rls;
