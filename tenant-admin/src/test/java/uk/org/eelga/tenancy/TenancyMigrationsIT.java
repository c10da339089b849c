package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * tenant-admin's migrations stand on their own: they apply to an empty database without any feature's, validate
 * (same checksums as applied), and leave the kernel's tenant-owned tables under forced row-level security.
 */
class TenancyMigrationsIT {

    @Test
    void the_kernels_migrations_apply_alone_and_validate() {
        TenantDatabase.migrate();
        Flyway flyway = TenantDatabase.flyway();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied())
                .extracting(MigrationInfo::getScript)
                .contains("V001__create_council.sql", "V003__row_level_security_support.sql");
    }

    @Test
    void the_kernels_tenant_owned_tables_are_under_forced_row_level_security() throws SQLException {
        TenantDatabase.migrate();
        List<String> unforced = new ArrayList<>();
        try (Connection owner = TenantDatabase.asOwner();
                Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("select c.relname, c.relrowsecurity, c.relforcerowsecurity"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " join information_schema.columns col on col.table_schema = n.nspname"
                        + "  and col.table_name = c.relname and col.column_name = 'tenant_id'"
                        + " where n.nspname = 'public' and c.relkind = 'r'")) {
            int tables = 0;
            while (rows.next()) {
                tables++;
                if (!rows.getBoolean(2) || !rows.getBoolean(3)) {
                    unforced.add(rows.getString(1));
                }
            }
            assertThat(tables).as("tenant-owned tables of the kernel").isPositive();
        }
        assertThat(unforced).isEmpty();
    }
}
