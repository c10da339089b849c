/**
 * The schema: Flyway migrations ({@code db/migration}) run as the owning role before the application's own role
 * connects; with demo data switched on also {@code db/demo}, which only the demo module's jar (infra/demo) brings,
 * and which must then be there. A tenant-owned table made since V140 gets its row-level-security block from the SQL
 * helpers {@code app_tenant_owned_policies('<table>')} and, where a merge may re-label its open rows,
 * {@code app_allow_carry_over('<table>')}; {@code MigrationsTest} refuses a later migration that writes a policy by
 * hand.
 */
@Uses
package uk.org.eelga.platform.database;

import uk.org.eelga.shared.Uses;
