package uk.org.eelga.tenancy.rls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantDatabase;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The kernel's door against the real database, with tenant-admin's own migrations only: the data source the kernel
 * installs hands out connections bound to the council {@link TenantScope} bound (and to none when none is), so
 * row-level security keeps a council to its rows, and a connection never keeps its previous borrower's council.
 */
class TenantBoundDataSourceIT {

    private static final TenantId NORWICH = TenantId.of("norwich");
    private static final TenantId CAMBRIDGE = TenantId.of("cambridge");

    private static ApplicationContext context;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws SQLException {
        TenantDatabase.migrate();
        context = ApplicationContext.run(Map.of(
                "datasources.default.url",
                TenantDatabase.URL,
                "datasources.default.username",
                "eelga_app",
                "datasources.default.password",
                TenantDatabase.appPassword(),
                "datasources.default.driver-class-name",
                "org.postgresql.Driver",
                // one connection: every checkout reuses the previous borrower's connection
                "datasources.default.maximum-pool-size",
                1));
        // the kernel's data source under Micronaut Data's contextual-connection proxy: what the repositories use
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void clear() throws SQLException {
        try (Connection owner = TenantDatabase.asOwner();
                Statement statement = owner.createStatement()) {
            // TRUNCATE is not filtered by row-level security
            statement.execute("truncate council_user restart identity");
        }
        // each council's row is written through the door, as the council
        TenantScope.runAs(member(NORWICH), () -> insert("norwich", "nora"));
        TenantScope.runAs(member(CAMBRIDGE), () -> insert("cambridge", "cam"));
    }

    @Test
    void the_data_source_is_the_kernels_and_binds_the_council_of_the_caller() throws SQLException {
        assertThat(dataSource).isInstanceOf(TenantBoundDataSource.class);
        List<String> seen = TenantScope.callAs(member(NORWICH), () -> subjects());
        assertThat(seen).containsExactly("nora");
        assertThat(TenantScope.callAs(member(CAMBRIDGE), () -> subjects())).containsExactly("cam");
    }

    @Test
    void without_a_council_nothing_is_seen_even_on_the_connection_a_council_used_before() throws SQLException {
        assertThat(TenantScope.callAs(member(NORWICH), () -> setting())).isEqualTo("norwich");
        // the pool has one connection: this checkout gets the one Norwich used
        assertThat(setting()).isEmpty();
        assertThat(subjects()).isEmpty();
        assertThat(TenantScope.callAs(staff(), () -> subjects())).isEmpty();
    }

    @Test
    void a_council_cannot_write_another_councils_row() {
        assertThatThrownBy(() -> TenantScope.runAs(member(NORWICH), () -> insert("cambridge", "intruder")))
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        TenantScope.runAs(member(NORWICH), () -> insert("norwich", "nick"));
        assertThat(TenantScope.callAs(member(NORWICH), () -> subjects())).containsExactly("nick", "nora");
        assertThat(TenantScope.callAs(member(CAMBRIDGE), () -> subjects())).containsExactly("cam");
    }

    @Test
    void acting_as_another_council_inside_a_transaction_is_undone_at_its_end() throws SQLException {
        try (var ignored = TenantScope.bind(member(NORWICH));
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> asCambridge =
                    TenantScope.inTransactionAs(connection, CAMBRIDGE, TenantBoundDataSourceIT::subjects);
            assertThat(asCambridge).containsExactly("cam");
            assertThat(subjects(connection)).containsExactly("nora");
            connection.commit();
            assertThat(subjects(connection)).containsExactly("nora");
        }
    }

    @Test
    void only_association_staff_act_on_behalf_of_a_council() {
        assertThat(TenantScope.onBehalfOf(staff(), CAMBRIDGE, () -> subjects())).containsExactly("cam");
        assertThatThrownBy(() -> TenantScope.onBehalfOf(member(NORWICH), CAMBRIDGE, () -> subjects()))
                .isInstanceOf(SecurityException.class);
    }

    private static Caller member(TenantId council) {
        return new Caller("s-" + council.value(), "o@x", "Officer", Set.of(Role.COUNCIL_OFFICER), council, "C");
    }

    private static Caller staff() {
        return new Caller("s-staff", "s@x", "Staff", Set.of(Role.ASSOCIATION_STAFF), null, null);
    }

    private static List<String> subjects() {
        try (Connection connection = dataSource.getConnection()) {
            return subjects(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(Connection connection) throws SQLException {
        List<String> subjects = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select subject from council_user order by 1");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
        }
        return subjects;
    }

    /** The council the row-level-security policies see on a connection just checked out (empty: none). */
    private static String setting() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(app_current_tenant(), '')")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(String council, String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into council_user"
                        + " (tenant_id, subject, email, display_name, roles, first_signed_in_at, last_signed_in_at)"
                        + " values (?, ?, 'x@x', 'X', 'council-officer', now(), now())")) {
            insert.setString(1, council);
            insert.setString(2, subject);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
