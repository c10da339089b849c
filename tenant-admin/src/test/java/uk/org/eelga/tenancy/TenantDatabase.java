package uk.org.eelga.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * tenant-admin's own test database ({@code eelga_tenancy_test}, made by {@code infra/postgres/postgres.sh start} beside
 * the platform's), migrated with tenant-admin's migrations only: the tenancy kernel's schema stands on its own.
 */
public final class TenantDatabase {

    public static final String URL = "jdbc:postgresql://127.0.0.1:" + env("PG_PORT", "55432") + "/"
            + env("PG_TENANCY_TEST_DATABASE", "eelga_tenancy_test");

    private TenantDatabase() {}

    /** Applies tenant-admin's pending migrations (the class path holds no other module's) as the schema owner. */
    public static synchronized MigrateResult migrate() {
        return flyway().migrate();
    }

    public static Flyway flyway() {
        return Flyway.configure()
                .dataSource(URL, "eelga_owner", ownerPassword())
                .locations("classpath:db/migration")
                .load();
    }

    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(URL, "eelga_owner", ownerPassword());
    }

    public static String appPassword() {
        return env("PG_APP_PASSWORD", "eelga-app-dev");
    }

    private static String ownerPassword() {
        return env("PG_OWNER_PASSWORD", "eelga-owner-dev");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
