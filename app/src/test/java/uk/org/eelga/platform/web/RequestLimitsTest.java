package uk.org.eelga.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    private final RequestLimits limits = new RequestLimits(1024 * 1024, 256 * 1024, 10 * 1024 * 1024);

    @Test
    void the_webhook_and_uploads_have_their_own_limits() {
        assertThat(limits.limitFor("/api/v1/stripe/webhook", false)).isEqualTo(256 * 1024);
        assertThat(limits.limitFor("/api/v1/staff/coaching/cohorts", false)).isEqualTo(1024 * 1024);
        assertThat(limits.limitFor("/VAADIN/dynamic/resource/1/x/upload", true)).isEqualTo(10 * 1024 * 1024);
        assertThat(limits.limitFor("/api/v1/stripe/webhook/", false)).isEqualTo(256 * 1024);
        assertThat(limits.limitFor("/api/v1/stripe/webhook;x=1", false)).isEqualTo(256 * 1024);
    }

    @Test
    void limits_read_as_people_write_them() {
        assertThat(RequestLimits.readable(256 * 1024)).isEqualTo("256 KB");
        assertThat(RequestLimits.readable(1024 * 1024)).isEqualTo("1 MB");
        assertThat(RequestLimits.readable(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void a_limit_of_nothing_is_refused_at_start() {
        assertThatThrownBy(() -> new RequestLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
