package uk.org.eelga.tenancy.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.org.eelga.tenancy.audit.AuditEntry;

class AuditLogViewChangeTest {

    @Test
    void the_change_column_reads_before_arrow_after_or_the_one_side_there_is() {
        assertThat(AuditLogView.change(entry("ACTIVE", "SUSPENDED"))).isEqualTo("ACTIVE → SUSPENDED");
        assertThat(AuditLogView.change(entry(null, "invited as council-officer")))
                .isEqualTo("invited as council-officer");
        assertThat(AuditLogView.change(entry("linked", null))).isEqualTo("linked");
        assertThat(AuditLogView.change(entry(null, null))).isEmpty();
    }

    private static AuditEntry entry(String before, String after) {
        return new AuditEntry(
                1, Instant.EPOCH, "admin@eelga.demo", "norwich", "council.suspended", before, after, null, null, null);
    }
}
