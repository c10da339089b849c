package uk.org.eelga.platform.epaycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static Project project(long subscribers, long completed) {
        LocalDate opens = LocalDate.of(2027, 4, 1);
        return new Project(
                1, "Social care pay", "2027-28", List.of(), opens, opens.plusMonths(2), subscribers, completed);
    }

    @Test
    void completion_counts_and_rounds_to_whole_per_cent() {
        assertThat(project(3, 2).completion()).isEqualTo("2 of 3 (67%)");
        assertThat(project(3, 0).completion()).isEqualTo("0 of 3 (0%)");
    }

    @Test
    void a_year_without_subscribers_has_no_figure_yet_rather_than_zero_per_cent() {
        assertThat(project(0, 0).completion())
                .isEqualTo("No figure yet: no subscribers")
                .doesNotContain("%");
    }
}
