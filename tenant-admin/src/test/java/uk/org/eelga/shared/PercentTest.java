package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void a_share_is_shown_in_whole_per_cent_rounded_half_up_as_the_framework_documents_write_it() {
        assertThat(Percent.format(26, 30)).isEqualTo("87%");
        assertThat(Percent.format(71, 102)).isEqualTo("70%");
        assertThat(Percent.format(1, 8)).isEqualTo("13%");
        assertThat(Percent.format(1, 200)).isEqualTo("1%");
        assertThat(Percent.format(52, 52)).isEqualTo("100%");
        assertThat(Percent.format(new BigDecimal("86.67"))).isEqualTo("87%");
        assertThat(Percent.format(new BigDecimal("89.5"))).isEqualTo("90%");
        assertThat(Percent.format(new BigDecimal("60"))).isEqualTo("60%");
    }

    @Test
    void a_share_of_nothing_has_no_percentage_rather_than_zero() {
        assertThat(Percent.of(0, 0)).isNull();
        assertThat(Percent.format(0, 0)).isEmpty();
        assertThat(Percent.format(null)).isEmpty();
        assertThat(Percent.whole(null)).isNull();
        assertThat(Percent.format(0, 5)).isEqualTo("0%");
    }
}
