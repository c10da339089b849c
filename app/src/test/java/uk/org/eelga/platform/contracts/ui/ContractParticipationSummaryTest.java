package uk.org.eelga.platform.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.framework.FrameworkService.SetTarget;

class ContractParticipationSummaryTest {

    @Test
    void a_fresh_install_without_member_councils_has_no_figure_yet_rather_than_zero_per_cent() {
        assertThat(ContractConsoleView.participation(0, 0, 0, Optional.empty()))
                .isEqualTo("No figure yet: there are no member councils.")
                .doesNotContain("0%");
    }

    @Test
    void the_share_is_rounded_to_whole_per_cent_with_the_target_the_years_framework_sets() {
        assertThat(ContractConsoleView.participation(
                        47, 50, 52, Optional.of(new SetTarget("2026-27", "2026-27", "90%"))))
                .isEqualTo("47 of 52 member councils have an up-to-date register (90%; target 90%).");
    }

    @Test
    void a_target_from_an_earlier_years_framework_says_so_and_none_is_made_up() {
        assertThat(ContractConsoleView.participation(
                        40, 45, 52, Optional.of(new SetTarget("2019-20", "2026-27", "90%"))))
                .endsWith("(77%; target 90% in the 2019-20 framework).");
        assertThat(ContractConsoleView.participation(0, 3, 52, Optional.empty()))
                .isEqualTo("0 of 52 member councils have an up-to-date register (0%).");
    }

    @Test
    void before_any_council_kept_a_register_there_is_no_figure_yet_as_in_the_framework() {
        assertThat(ContractConsoleView.participation(0, 0, 52, Optional.of(new SetTarget("2026-27", "2026-27", "90%"))))
                .isEqualTo("No figure yet: no member council has kept a contract register on the platform.")
                .doesNotContain("0%");
    }
}
