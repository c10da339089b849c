package uk.org.eelga.platform.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct connections to the test database, as the schema owner or as the application's role. */
public final class TestDatabase {

    private static final String URL =
            "jdbc:postgresql://127.0.0.1:" + env("PG_PORT", "55432") + "/" + env("PG_TEST_DATABASE", "eelga_test");

    private TestDatabase() {}

    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(URL, "eelga_owner", env("PG_OWNER_PASSWORD", "eelga-owner-dev"));
    }

    public static Connection asApp() throws SQLException {
        return DriverManager.getConnection(URL, "eelga_app", env("PG_APP_PASSWORD", "eelga-app-dev"));
    }

    /** Runs the statements in order as the schema owner (past row-level security), each committed on its own. */
    public static void executeAsOwner(String... statements) throws SQLException {
        try (Connection owner = asOwner();
                Statement statement = owner.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Empties the tenant-owned tables (TRUNCATE is not filtered by row-level security). */
    public static void clearTenantData() throws SQLException {
        try (Connection owner = asOwner();
                Statement statement = owner.createStatement()) {
            // Every tenant-owned table has a tenant_id column, so new features are covered without editing this.
            List<String> tables = new ArrayList<>(List.of("association_access_log", "audit_event"));
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.columns"
                    + " where table_schema = 'public' and column_name = 'tenant_id'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
            statement.execute("update council set status = 'ACTIVE', successor_id = null, merged_on = null");
            // merges hand domains to the successor: each seed council gets its own demo domain back
            statement.execute("update council_domain d set council_id = c.id from council c"
                    + " where d.domain = c.id || '.demo' and d.council_id <> c.id");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
