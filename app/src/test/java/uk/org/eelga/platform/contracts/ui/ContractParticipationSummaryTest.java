package uk.org.eelga.platform.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractParticipationSummaryTest {

    @Test
    void a_fresh_install_without_member_councils_has_no_figure_yet_rather_than_zero_per_cent() {
        assertThat(ContractConsoleView.participation(0, 0))
                .isEqualTo("No figure yet: there are no member councils.")
                .doesNotContain("0%");
    }

    @Test
    void the_share_is_rounded_to_whole_per_cent() {
        assertThat(ContractConsoleView.participation(47, 52))
                .isEqualTo("47 of 52 member councils have an up-to-date register (90%; target 90%).");
        assertThat(ContractConsoleView.participation(0, 52))
                .startsWith("0 of 52 ")
                .contains("(0%;");
    }
}
