package uk.org.eelga.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Every table the migrations create is either tenant-owned (tenant_id column, row-level security enabled and
 * forced) or declared shared in its migration with "-- shared: table reason". A new table that is neither fails
 * here, before it can leak.
 */
@PlatformIT
class EveryTableIsProtectedIT {

    private static final Pattern SHARED = Pattern.compile("^--\\s*shared:\\s*(\\w+)\\s+\\S", Pattern.MULTILINE);

    @Test
    void every_table_is_tenant_owned_under_forced_row_level_security_or_declared_shared() throws Exception {
        Set<String> declaredShared = declaredShared();
        List<String> unprotected = new ArrayList<>();
        try (Connection owner = TestDatabase.asOwner();
                ResultSet tables = owner.createStatement()
                        .executeQuery("select c.relname, c.relrowsecurity, c.relforcerowsecurity,"
                                + " exists (select 1 from information_schema.columns col where col.table_schema = 'public'"
                                + " and col.table_name = c.relname and col.column_name = 'tenant_id') as has_tenant"
                                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = 'public' and c.relkind in ('r', 'p')"
                                + " and c.relname <> 'flyway_schema_history' order by c.relname")) {
            while (tables.next()) {
                String table = tables.getString(1);
                boolean protectedByRls = tables.getBoolean(2) && tables.getBoolean(3);
                boolean shared = declaredShared.contains(table);
                if (shared == protectedByRls) {
                    unprotected.add(table + (shared ? " (declared shared but has row-level security)" : ""));
                } else if (protectedByRls && !tables.getBoolean(4) && !table.equals("audit_event")) {
                    unprotected.add(table + " (row-level security without a tenant_id column)");
                }
            }
        }
        assertThat(unprotected)
                .as("tables neither tenant-owned under forced RLS nor declared shared")
                .isEmpty();
        assertThat(declaredShared).contains("council", "association_access_log");
    }

    private static Set<String> declaredShared() throws IOException {
        // The migrations as written: the features' (the tests run from the app module folder) and the tenancy
        // kernel's (tenant-admin).
        Set<String> shared = new TreeSet<>();
        for (Path migrations : List.of(
                Path.of("src/main/resources/db/migration"),
                Path.of("../tenant-admin/src/main/resources/db/migration"))) {
            try (Stream<Path> files = Files.list(migrations)) {
                files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                    try {
                        Matcher m = SHARED.matcher(Files.readString(f));
                        while (m.find()) {
                            shared.add(m.group(1));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return shared;
    }
}
