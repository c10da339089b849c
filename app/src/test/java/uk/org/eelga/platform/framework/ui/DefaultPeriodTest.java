package uk.org.eelga.platform.framework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.shared.UkTime;

class DefaultPeriodTest {

    private static final Clock FIFTH_OF_DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), UkTime.ZONE);

    private static List<String> quartersOf(String year) {
        return List.of(year + " Q1", year + " Q2", year + " Q3", year + " Q4", year);
    }

    @Test
    void the_year_we_are_in_opens_on_the_quarter_we_are_in() {
        assertThat(DefaultPeriod.of(quartersOf("2026-27"), FIFTH_OF_DECEMBER_2026))
                .isEqualTo("2026-27 Q3");
    }

    @Test
    void a_year_gone_by_opens_on_its_last_quarter_not_its_first() {
        assertThat(DefaultPeriod.of(quartersOf("2019-20"), FIFTH_OF_DECEMBER_2026))
                .isEqualTo("2019-20 Q4");
        assertThat(DefaultPeriod.of(quartersOf("2019-20").subList(0, 4), FIFTH_OF_DECEMBER_2026))
                .isEqualTo("2019-20 Q4");
    }

    @Test
    void a_year_still_to_come_opens_on_its_first_quarter() {
        assertThat(DefaultPeriod.of(quartersOf("2027-28"), FIFTH_OF_DECEMBER_2026))
                .isEqualTo("2027-28 Q1");
    }
}
