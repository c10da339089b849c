package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.rls.OnBehalfOfCouncil;

/**
 * Association staff's page requests share one read-only transaction (issue 13) while their work on behalf of a
 * council needs that council bound: inside the shared transaction, work on behalf of Norwich reads as Norwich on the
 * same connection, writes as Norwich on a connection of its own, and after it (ended or failed) the connection carries
 * no council again. Read straight from PostgreSQL's setting, which the row-level-security policies read.
 */
@PlatformIT
class StaffReadTransactionIT {

    @Inject
    RequestReadTransaction reads;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    OnBehalfOfCouncil onBehalf;

    record Seen(int backend, String tenant, boolean readOnly) {}

    private Seen seen(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement(
                        "select pg_backend_pid(), coalesce(current_setting('app.tenant_id', true), ''),"
                                + " current_setting('transaction_read_only') = 'on'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return new Seen(row.getInt(1), row.getString(2), row.getBoolean(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Seen read() {
        return transactions.executeRead(status -> seen(status.getConnection()));
    }

    private Seen write() {
        return transactions.executeWrite(status -> seen(status.getConnection()));
    }

    @Test
    void work_on_behalf_of_a_council_reads_as_it_on_the_shared_connection_and_leaves_no_council_behind()
            throws Exception {
        List<Seen> steps = new ArrayList<>();
        reads.within(() -> {
            steps.add(read()); // 0: the staff request's own read
            steps.add(onBehalf.call(Fixtures.staff(), Fixtures.NORWICH, this::read)); // 1
            steps.add(onBehalf.call(Fixtures.staff(), Fixtures.NORWICH, this::write)); // 2
            steps.add(read()); // 3: after the work
            assertThatThrownBy(() -> onBehalf.call(Fixtures.staff(), Fixtures.CAMBRIDGE, () -> {
                        steps.add(read()); // 4
                        throw new IllegalArgumentException("the work failed");
                    }))
                    .hasMessage("the work failed");
            steps.add(read()); // 5: after the failed work
            steps.add(onBehalf.call(
                    Fixtures.staff(),
                    Fixtures.NORWICH,
                    () -> onBehalf.call(Fixtures.staff(), Fixtures.NORWICH, this::read))); // 6: nested, same council
            steps.add(read()); // 7
            return null;
        });
        int shared = steps.get(0).backend();
        assertThat(steps.get(0)).isEqualTo(new Seen(shared, "", true));
        assertThat(steps.get(1)).isEqualTo(new Seen(shared, "norwich", true));
        assertThat(steps.get(2).backend()).isNotEqualTo(shared);
        assertThat(steps.get(2).tenant()).isEqualTo("norwich");
        assertThat(steps.get(2).readOnly()).isFalse();
        assertThat(steps.get(3)).isEqualTo(new Seen(shared, "", true));
        assertThat(steps.get(4)).isEqualTo(new Seen(shared, "cambridge", true));
        assertThat(steps.get(5)).isEqualTo(new Seen(shared, "", true));
        assertThat(steps.get(6)).isEqualTo(new Seen(shared, "norwich", true));
        assertThat(steps.get(7)).isEqualTo(new Seen(shared, "", true));
        // and the next borrower of that connection sees no council either
        assertThat(read().tenant()).isEmpty();
    }

    @Test
    void a_council_persons_request_never_shares_its_transaction_for_work_on_behalf_of_another() throws Exception {
        try (CurrentTenant.Binding ignored = TenantScope.bind(Fixtures.memberOf(Fixtures.NORWICH))) {
            reads.within(() -> {
                assertThat(read().tenant()).isEqualTo("norwich");
                assertThatThrownBy(() ->
                                onBehalf.call(Fixtures.memberOf(Fixtures.NORWICH), Fixtures.CAMBRIDGE, this::read))
                        .isInstanceOf(SecurityException.class);
                assertThatThrownBy(() -> TenantScope.shareReadTransaction(null))
                        .isInstanceOf(IllegalStateException.class);
                assertThat(read().tenant()).isEqualTo("norwich");
                return null;
            });
        }
    }

    @Test
    void twenty_staff_requests_at_once_each_see_only_the_council_they_work_for() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<List<Seen>>> all = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                TenantId council = i % 2 == 0 ? Fixtures.NORWICH : Fixtures.CAMBRIDGE;
                Callable<List<Seen>> request = () -> reads.within(() -> {
                    List<Seen> mine = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        mine.add(onBehalf.call(Fixtures.staff(), council, this::read));
                        mine.add(read());
                    }
                    return mine;
                });
                all.add(pool.submit(request));
            }
            for (int i = 0; i < 20; i++) {
                String council = i % 2 == 0 ? "norwich" : "cambridge";
                List<Seen> mine = all.get(i).get();
                for (int round = 0; round < 5; round++) {
                    assertThat(mine.get(2 * round).tenant()).isEqualTo(council);
                    assertThat(mine.get(2 * round + 1).tenant()).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
