package uk.org.eelga.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Since V140 the row-level-security block of a tenant-owned table is written once, in SQL helpers: a new migration
 * that makes a table with a {@code tenant_id} states ENABLE and FORCE ROW LEVEL SECURITY itself and then calls
 * {@code app_tenant_owned_policies('<table>')} (or says why the table is shared), and writes no policy by hand.
 */
class MigrationsTest {

    /** The migration that brought the helpers; later ones must use them. */
    private static final int HELPERS_SINCE = 140;

    private static final Pattern VERSION = Pattern.compile(".*/V(\\d+)__[^/]+\\.sql");
    private static final Pattern OWNER_AGGREGATES =
            Pattern.compile("create policy \\w+_owner_\\w+ on \\w+ for select to eelga_owner using \\(true\\);");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create table (?:if not exists )?(\\w+)\\s*\\((.*?)\\);", Pattern.DOTALL);

    @Test
    void migrations_after_v140_make_tenant_owned_tables_with_the_helpers() {
        List<Migration> all = migrations();
        assertThat(all).as("migrations after V%d", HELPERS_SINCE).anyMatch(m -> m.version() > HELPERS_SINCE);
        assertThat(problems(all)).isEmpty();
    }

    @Test
    void a_table_made_the_old_way_is_caught() {
        String oldWay = "create table thing (id bigint primary key, tenant_id text not null);\n"
                + "alter table thing enable row level security;\n"
                + "create policy thing_own_council on thing using (tenant_id = app_current_tenant());";
        String shared = "-- shared: catalogue the association's list, the same for every council\n"
                + "create table catalogue (id bigint primary key, tenant_id text);";
        assertThat(problems(List.of(
                        new Migration("V900__old.sql", 900, oldWay),
                        new Migration("V901__shared.sql", 901, shared),
                        new Migration("V100__before_the_helpers.sql", 100, oldWay),
                        new Migration(
                                "V902__owner_without_function.sql",
                                902,
                                "create policy thing_owner_all on thing for select to eelga_owner using (true);"))))
                .containsExactlyInAnyOrder(
                        "V900__old.sql writes a policy by hand",
                        "V902__owner_without_function.sql writes a policy by hand",
                        "V900__old.sql: thing lacks \"alter table thing force row level security;\"",
                        "V900__old.sql: thing lacks \"select app_tenant_owned_policies('thing');\"");
    }

    private static List<String> problems(List<Migration> migrations) {
        List<String> problems = new ArrayList<>();
        for (Migration migration : migrations) {
            if (migration.version() <= HELPERS_SINCE) {
                continue;
            }
            String sql = migration.sql().toLowerCase(Locale.ROOT);
            // The one policy a migration may still write: the owner's read for a security-definer function that
            // returns aggregates or council ids only (as V013 and V171 do); any other policy comes from the helpers.
            String withoutOwnerAggregates = sql.contains("security definer")
                    ? OWNER_AGGREGATES.matcher(sql).replaceAll("")
                    : sql;
            if (withoutOwnerAggregates.contains("create policy")) {
                problems.add(migration.name() + " writes a policy by hand");
            }
            Matcher table = CREATE_TABLE.matcher(sql);
            while (table.find()) {
                String name = table.group(1);
                if (!table.group(2).contains("tenant_id") || sql.contains("-- shared: " + name + " ")) {
                    continue;
                }
                for (String needed : List.of(
                        "alter table " + name + " enable row level security;",
                        "alter table " + name + " force row level security;",
                        "select app_tenant_owned_policies('" + name + "');")) {
                    if (!sql.contains(needed)) {
                        problems.add(migration.name() + ": " + name + " lacks \"" + needed + "\"");
                    }
                }
            }
        }
        return problems;
    }

    private record Migration(String name, int version, String sql) {}

    private static List<Migration> migrations() {
        List<Migration> found = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().acceptPaths("db/migration").scan()) {
            for (Resource resource : scan.getResourcesWithExtension("sql")) {
                Matcher version = VERSION.matcher("/" + resource.getPath());
                if (version.matches()) {
                    found.add(new Migration(
                            resource.getPath(), Integer.parseInt(version.group(1)), resource.getContentAsString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("migrations on the class path").hasSizeGreaterThan(20);
        return found;
    }
}
