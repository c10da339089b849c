package uk.org.eelga.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;

/**
 * Row-level security must not make a council's reads cost in proportion to every council's data: as the
 * application's role, a query that relies on the policies alone reads the council's rows through the tenant
 * index, never another council's row, and touches no more pages than the same query with an explicit
 * {@code where tenant_id = ...}. Measured in buffers, not time, so the check is the same on any machine.
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityPlansIT {

    private static final int COUNCILS = 52;
    private static final int ROWS_PER_COUNCIL = 120;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Connection app;
    private long meeting;

    @BeforeAll
    void manyCouncilsWithManyRows() throws SQLException {
        TestDatabase.clearTenantData();
        app = TestDatabase.asApp();
        app.setAutoCommit(false);
        try (Statement sql = app.createStatement()) {
            try (ResultSet id = sql.executeQuery("insert into engagement_meeting"
                    + " (kind, event_type, title, starts_at, created_by)"
                    + " values ('EVENT', 'CONFERENCE', 'Plans test', now(), 'test') returning id")) {
                id.next();
                meeting = id.getLong(1);
            }
            // Each council's rows are written under its own binding, as the application would.
            sql.execute("do $$ declare c record; begin"
                    + " for c in select id from council order by id limit " + COUNCILS + " loop"
                    + "  perform set_config('app.tenant_id', c.id, true);"
                    + "  insert into attendance (tenant_id, meeting_id, seat, status, recorded_by)"
                    + "   select c.id, " + meeting + ", s, 'PRESENT', 'test' from generate_series(1, "
                    + ROWS_PER_COUNCIL + ") s;"
                    + "  insert into event_registration (tenant_id, meeting_id, delegate_name, delegate_email,"
                    + "   registered_by) select c.id, " + meeting + ", 'Delegate ' || s, 'd' || s || '@x.example',"
                    + "   'test' from generate_series(1, " + ROWS_PER_COUNCIL + ") s;"
                    + "  insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name,"
                    + "   requested_by_email, requested_at, preferred_dates, status)"
                    + "   select c.id, 's', 'n', 'e', now() - s * interval '1 day', 'any', 'REQUESTED'"
                    + "   from generate_series(1, " + ROWS_PER_COUNCIL + ") s;"
                    + "  insert into council_user (tenant_id, subject, email, display_name, roles,"
                    + "   first_signed_in_at, last_signed_in_at) select c.id, 'subject-' || s, 'e', 'n',"
                    + "   'council-officer', now(), now() from generate_series(1, " + ROWS_PER_COUNCIL + ") s;"
                    + " end loop; end $$");
        }
        // The owner refreshes the statistics the planner works from (the rows are visible to it only after
        // commit, so commit them; the owner's truncate in clearTenantData removes them for the next test).
        app.commit();
        TestDatabase.executeAsOwner("analyze attendance, event_registration, appraisal_request, council_user");
        try (Statement sql = app.createStatement()) {
            sql.execute("select set_config('app.tenant_id', 'norwich', false)");
        }
    }

    @AfterAll
    void cleanUp() throws SQLException {
        app.close();
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("delete from engagement_meeting where title = 'Plans test'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendance", "event_registration", "appraisal_request", "council_user"})
    void a_query_relying_on_row_level_security_reads_only_the_councils_rows_through_an_index(String table)
            throws Exception {
        Plan byPolicy = explain("select * from " + table);
        Plan explicit = explain("select * from " + table + " where tenant_id = 'norwich'");

        assertThat(byPolicy.rows()).isEqualTo(ROWS_PER_COUNCIL);
        assertThat(byPolicy.nodeTypes())
                .as("plan of %s", table)
                .noneMatch(type -> type.equals("Seq Scan"))
                .anyMatch(type -> type.contains("Index"));
        assertThat(byPolicy.rowsRemovedByFilter())
                .as("rows of other councils read and thrown away")
                .isZero();
        assertThat(byPolicy.buffers()).isLessThanOrEqualTo(explicit.buffers() * 11 / 10 + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendance", "event_registration"})
    void a_councils_rows_for_one_meeting_come_from_an_index_that_leads_with_the_council(String table) throws Exception {
        // The meeting's id is a literal: a sub-query for it would read the meetings table, which is small and
        // shared, so the planner rightly scans it whole, and that scan says nothing about the council's rows.
        Plan plan = explain("select count(*) from " + table + " where meeting_id = " + meeting);
        assertThat(plan.rowsRemovedByFilter()).isZero();
        assertThat(plan.nodeTypes()).noneMatch(type -> type.equals("Seq Scan"));
    }

    /** The plan of a query's second run: the first also pays for loading catalog entries into this session. */
    private Plan explain(String query) throws Exception {
        explainOnce(query);
        return explainOnce(query);
    }

    private Plan explainOnce(String query) throws Exception {
        try (Statement sql = app.createStatement();
                ResultSet result = sql.executeQuery("explain (analyze, buffers, format json) " + query)) {
            result.next();
            JsonNode root = JSON.readTree(result.getString(1)).get(0).get("Plan");
            List<String> types = new ArrayList<>();
            long[] removed = {0};
            walk(root, types, removed);
            return new Plan(
                    root.get("Actual Rows").asLong(),
                    types,
                    removed[0],
                    root.path("Shared Hit Blocks").asLong()
                            + root.path("Shared Read Blocks").asLong());
        }
    }

    private static void walk(JsonNode node, List<String> types, long[] removed) {
        types.add(node.get("Node Type").asText());
        removed[0] += node.path("Rows Removed by Filter").asLong()
                + node.path("Rows Removed by Index Recheck").asLong();
        for (JsonNode child : node.path("Plans")) {
            walk(child, types, removed);
        }
    }

    private record Plan(long rows, List<String> nodeTypes, long rowsRemovedByFilter, long buffers) {}
}
