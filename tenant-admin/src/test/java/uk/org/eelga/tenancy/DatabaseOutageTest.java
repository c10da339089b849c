package uk.org.eelga.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void a_lost_or_unreachable_database_is_an_outage_however_deep_the_cause() {
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void the_pools_closed_connection_reported_when_a_transaction_ends_is_an_outage() {
        assertThat(DatabaseOutage.isCause(new RuntimeException(
                        "Could not set JDBC Connection read-only", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void other_database_failures_are_not() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed", "42501")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new RuntimeException("Connection is closed")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalArgumentException())).isFalse();
    }
}
