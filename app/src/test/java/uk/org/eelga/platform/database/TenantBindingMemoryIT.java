package uk.org.eelga.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The tenant binding writes {@code app.tenant_id} only when a pooled connection does not carry the current council
 * already (issue 13). These tests try to make a connection keep the wrong council: councils alternating on the
 * same few pooled connections, a transaction that changes the setting locally and rolls back, 20 racing callers.
 * And the region-wide figures' version moves when a change commits, not when it rolls back.
 */
@PlatformIT
class TenantBindingMemoryIT {

    static final List<String> COUNCILS = List.of("norwich", "cambridge", "", "norwich", "norwich", "", "essex");

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void every_checkout_carries_the_current_council_or_none() {
        for (int i = 0; i < 60; i++) {
            String council = COUNCILS.get(i % COUNCILS.size());
            assertThat(settingAs(council)).as("checkout %d as '%s'", i, council).isEqualTo(council);
            assertThat(settingInTransactionAs(council))
                    .as("transaction %d as '%s'", i, council)
                    .isEqualTo(council);
        }
    }

    @Test
    void a_local_change_of_the_setting_rolled_back_leaves_the_bound_council() {
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(TenantId.of("norwich")))) {
            assertThatThrownBy(() -> transactions.executeWrite(status -> {
                        try (PreparedStatement change = status.getConnection()
                                .prepareStatement("select set_config('app.tenant_id', 'cambridge', true)")) {
                            change.execute();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        assertThat(setting(status.getConnection())).isEqualTo("cambridge");
                        throw new IllegalArgumentException("roll back");
                    }))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int i = 0; i < 8; i++) {
            assertThat(settingAs("norwich")).isEqualTo("norwich");
            assertThat(settingAs("")).isEmpty();
        }
    }

    @Test
    void twenty_racing_callers_each_see_only_their_own_council() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int caller = 0; caller < 20; caller++) {
                int offset = caller;
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String council = COUNCILS.get((offset + i) % COUNCILS.size());
                        String seen = i % 2 == 0 ? settingAs(council) : settingInTransactionAs(council);
                        if (!seen.equals(council)) {
                            wrong.add("'" + council + "' saw '" + seen + "'");
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_regional_figures_version_moves_when_a_change_commits_and_not_when_it_rolls_back() throws SQLException {
        try (Connection owner = TestDatabase.asOwner()) {
            long before = version(owner);
            owner.setAutoCommit(false);
            touchCouncil(owner);
            owner.rollback();
            assertThat(version(owner)).isEqualTo(before);
            touchCouncil(owner);
            owner.commit();
            assertThat(version(owner)).isGreaterThan(before);
        }
    }

    private static void touchCouncil(Connection owner) throws SQLException {
        try (PreparedStatement update = owner.prepareStatement("update council set name = name where id = 'norwich'")) {
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static long version(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select last_value, is_called from regional_figures_version");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(2) ? row.getLong(1) : 0;
        }
    }

    private String settingAs(String council) {
        if (council.isEmpty()) {
            return connections.executeRead(status -> setting(status.getConnection()));
        }
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(TenantId.of(council)))) {
            return connections.executeRead(status -> setting(status.getConnection()));
        }
    }

    private String settingInTransactionAs(String council) {
        if (council.isEmpty()) {
            return transactions.executeRead(status -> setting(status.getConnection()));
        }
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(TenantId.of(council)))) {
            return transactions.executeRead(status -> setting(status.getConnection()));
        }
    }

    private static String setting(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("select current_setting('app.tenant_id', true)");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1) == null ? "" : row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
