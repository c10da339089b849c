/**
 * A council's people on the platform: everyone of the council who has signed in, with their roles and when.
 * Tenant-owned: a council sees only its own people.
 */
@Uses({"tenancy.rls"})
package uk.org.eelga.tenancy.people;

import uk.org.eelga.shared.Uses;
