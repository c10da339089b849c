/**
 * Row-level security plumbing: the last line of tenant isolation. Every connection the application checks out
 * carries the bound council ({@link uk.org.eelga.tenancy.TenantScope} writes it); PostgreSQL policies compare each
 * tenant-owned row with it. Association staff read across councils only through {@link
 * uk.org.eelga.tenancy.rls.AssociationWideRead} and write a council's rows only through {@link
 * uk.org.eelga.tenancy.rls.OnBehalfOfCouncil}; a record they entered from paper in error is withdrawn through {@link
 * uk.org.eelga.tenancy.rls.EnteredInError}, which does both: whose it is, then the change as that council.
 */
@Uses
package uk.org.eelga.tenancy.rls;

import uk.org.eelga.shared.Uses;
