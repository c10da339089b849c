package uk.org.eelga.platform.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SummaryPanelTest {

    @Test
    void regional_medians_of_events_and_delegates_are_counted_in_words() {
        assertThat(SummaryPanel.regionalEvents(new BigDecimal("3"), new BigDecimal("8.0")))
                .isEqualTo("3 events and 8 delegates per council");
        assertThat(SummaryPanel.regionalEvents(BigDecimal.ONE, new BigDecimal("2.5")))
                .isEqualTo("1 event and 2.5 delegates per council");
        assertThat(SummaryPanel.regionalEvents(new BigDecimal("0"), new BigDecimal("1.00")))
                .isEqualTo("0 events and 1 delegate per council");
    }

    @Test
    void without_a_median_there_is_no_figure_yet_once_not_twice() {
        assertThat(SummaryPanel.regionalEvents(null, null)).isEqualTo("no figure yet");
        assertThat(SummaryPanel.regionalEvents(BigDecimal.ONE, null)).isEqualTo("no figure yet");
    }
}
