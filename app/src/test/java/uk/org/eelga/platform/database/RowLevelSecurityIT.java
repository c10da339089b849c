package uk.org.eelga.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.people.CouncilActivity;
import uk.org.eelga.tenancy.people.CouncilPeople;
import uk.org.eelga.tenancy.people.PersonSummary;

/** The database itself refuses cross-council reads and writes, whatever the application code does. */
@PlatformIT
class RowLevelSecurityIT {

    @Inject
    CouncilPeople people;

    @Inject
    CouncilActivity activity;

    @BeforeEach
    void knownPeople() throws Exception {
        TestDatabase.clearTenantData();
        Fixtures.peopleOfTwoCouncils(people);
    }

    @Test
    void a_raw_query_without_a_council_set_returns_no_rows() throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            assertThat(count(app, "select count(*) from council_user")).isZero();
        }
        try (Connection owner = TestDatabase.asOwner()) {
            // even the table owner is bound by FORCE ROW LEVEL SECURITY
            assertThat(count(owner, "select count(*) from council_user")).isZero();
        }
    }

    @Test
    void a_raw_query_sees_only_the_council_set_on_the_connection() throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            bind(app, "norwich");
            assertThat(count(app, "select count(*) from council_user")).isEqualTo(2);
            assertThat(count(app, "select count(*) from council_user where tenant_id = 'cambridge'"))
                    .isZero();
        }
    }

    @Test
    void a_write_with_a_mismatched_council_is_rejected_by_the_database() throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            bind(app, "norwich");
            assertThatThrownBy(
                            () -> execute(
                                    app,
                                    "insert into council_user (tenant_id, subject, email, display_name,"
                                            + " roles, first_signed_in_at, last_signed_in_at) values ('cambridge', 's', 'e', 'n', 'r', now(), now())"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            assertThatThrownBy(() -> execute(app, "update council_user set tenant_id = 'cambridge'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate("update council_user set email = 'x' where tenant_id = 'cambridge'"))
                        .isZero();
            }
        }
    }

    @Test
    void the_application_role_cannot_switch_row_level_security_off() throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            assertThatThrownBy(() -> execute(app, "alter table council_user disable row level security"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> execute(app, "set role eelga_owner")).isInstanceOf(SQLException.class);
            assertThat(count(app, "select count(*) from pg_roles where rolname = 'eelga_app' and rolbypassrls"))
                    .isZero();
            // it must not inherit the association reader's cross-council policies without switching role
            assertThat(count(app, "select count(*) from pg_roles where rolname = 'eelga_app' and rolinherit"))
                    .isZero();
        }
    }

    @Test
    void the_association_reader_role_reads_every_council_but_writes_nothing() throws SQLException {
        try (Connection app = TestDatabase.asApp()) {
            app.setAutoCommit(false);
            execute(app, "set local role eelga_association_reader");
            assertThat(count(app, "select count(*) from council_user")).isEqualTo(3);
            assertThatThrownBy(() -> execute(app, "update council_user set email = 'x'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void the_service_sees_only_the_bound_council() {
        List<PersonSummary> norwich = TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), people::people);
        List<PersonSummary> cambridge = TenantScope.callAs(Fixtures.memberOf(Fixtures.CAMBRIDGE), people::people);
        assertThat(norwich).extracting(PersonSummary::displayName).containsExactly("Ned", "Nora");
        assertThat(cambridge).extracting(PersonSummary::displayName).containsExactly("Cam");
    }

    @Test
    void association_wide_reads_are_for_staff_only_and_are_logged() throws SQLException {
        assertThatThrownBy(() -> activity.peopleOnPlatformByCouncil(Fixtures.NORA))
                .isInstanceOf(SecurityException.class);

        Map<TenantId, Long> counts = activity.peopleOnPlatformByCouncil(Fixtures.staff());
        assertThat(counts).containsEntry(Fixtures.NORWICH, 2L).containsEntry(Fixtures.CAMBRIDGE, 1L);
        try (Connection owner = TestDatabase.asOwner()) {
            List<String> log = new ArrayList<>();
            try (ResultSet rows =
                    owner.createStatement().executeQuery("select actor_email, purpose from association_access_log")) {
                while (rows.next()) {
                    log.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
            assertThat(log).containsExactly("staff@eelga.demo: council list: people on the platform per council");
        }
    }

    @Test
    void a_successor_council_may_read_its_predecessors_history_but_not_the_reverse() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            // as if St Edmundsbury had absorbed Forest Heath (West Suffolk is not in the 2017-18 register)
            execute(
                    owner,
                    "update council set successor_id = 'st-edmundsbury', merged_on = date '2019-04-01'"
                            + " where id = 'forest-heath'");
        }
        try (Connection app = TestDatabase.asApp()) {
            bind(app, "st-edmundsbury");
            assertThat(count(
                            app,
                            "select count(*) from unnest(array['forest-heath', 'st-edmundsbury', 'norwich']) t"
                                    + " where app_tenant_readable(t)"))
                    .isEqualTo(2);
            bind(app, "forest-heath");
            assertThat(count(
                            app,
                            "select count(*) from unnest(array['st-edmundsbury', 'norwich']) t"
                                    + " where app_tenant_readable(t)"))
                    .isZero();
        } finally {
            TestDatabase.clearTenantData();
        }
    }

    private static void bind(Connection connection, String council) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            statement.setString(1, council);
            statement.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
