package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnteredFromTest {

    @Test
    void a_plain_source_passes_the_check() {
        assertThatCode(() -> EnteredFrom.check("paper form", IllegalStateException::new))
                .doesNotThrowAnyException();
        assertThatCode(() -> EnteredFrom.check("x".repeat(EnteredFrom.SOURCE_MAX), IllegalStateException::new))
                .doesNotThrowAnyException();
    }

    @Test
    void a_missing_long_or_multi_line_source_is_the_features_own_refusal_with_the_sentence() {
        for (String bad :
                new String[] {null, "", "  ", "x".repeat(EnteredFrom.SOURCE_MAX + 1), "two\nlines", "nul\u0000"}) {
            assertThatThrownBy(
                            () -> EnteredFrom.check(bad, problem -> new IllegalStateException("refused: " + problem)))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("refused: " + EnteredFrom.problem(bad));
        }
    }

    @Test
    void the_label_names_who_from_what_and_the_day() {
        assertThat(EnteredFrom.label("Sam Staff", "paper form", LocalDate.of(2026, 12, 1)))
                .isEqualTo("Entered by Sam Staff from paper form on " + UkTime.date(LocalDate.of(2026, 12, 1)));
        assertThat(EnteredFrom.label(null, null, null)).isNull();
    }
}
