package uk.org.eelga.tenancy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void empty_or_blank_fields_ask_for_the_whole_log() {
        assertThat(AuditQuery.everything().narrows()).isFalse();
        assertThat(new AuditQuery("", " ", null, null, null, "").narrows()).isFalse();
    }

    @Test
    void any_field_filled_in_narrows_the_log() {
        assertThat(new AuditQuery("sam", null, null, null, null, null).narrows())
                .isTrue();
        assertThat(new AuditQuery(null, "norwich", null, null, null, null).narrows())
                .isTrue();
        assertThat(new AuditQuery(null, null, "council.suspended", null, null, null).narrows())
                .isTrue();
        assertThat(new AuditQuery(null, null, null, LocalDate.of(2027, 4, 1), null, null).narrows())
                .isTrue();
        assertThat(new AuditQuery(null, null, null, null, LocalDate.of(2027, 4, 1), null).narrows())
                .isTrue();
        assertThat(new AuditQuery(null, null, null, null, null, "invoice").narrows())
                .isTrue();
    }
}
