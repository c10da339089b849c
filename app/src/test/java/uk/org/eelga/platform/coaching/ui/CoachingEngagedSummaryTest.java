package uk.org.eelga.platform.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoachingEngagedSummaryTest {

    @Test
    void councils_engaged_are_counted_of_the_member_councils() {
        assertThat(CoachingConsoleView.engagedSummary("2026-27", 8, 52))
                .isEqualTo("Councils engaged in 2026-27: 8 of 52 member councils.");
    }

    @Test
    void a_year_with_no_council_engaged_has_no_figure_yet_as_in_the_framework_never_0_of_52() {
        assertThat(CoachingConsoleView.engagedSummary("2026-27", 0, 52))
                .isEqualTo("Councils engaged in 2026-27: no figure yet. No council has a confirmed place on a"
                        + " session starting in 2026-27.")
                .doesNotContain("0 of 52");
    }
}
