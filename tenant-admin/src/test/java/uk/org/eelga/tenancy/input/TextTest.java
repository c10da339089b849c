package uk.org.eelga.tenancy.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void plain_text_of_any_script_passes_up_to_its_limit() {
        assertThat(Text.problem("the name", "Siân O'Brien-Łukasz 😀 مرحبا", Text.NAME, false))
                .isNull();
        assertThat(Text.problem("the name", "x".repeat(200), Text.NAME, false)).isNull();
        assertThat(Text.problem("the name", null, Text.NAME, false)).isNull();
        assertThat(Text.problem("notes", "line one\nline two\ttabbed", Text.REASON, true))
                .isNull();
    }

    @Test
    void too_long_text_and_control_characters_are_refused_with_a_sentence() {
        assertThat(Text.problem("the name", "x".repeat(201), Text.NAME, false))
                .isEqualTo("The name can be at most 200 characters.");
        assertThat(Text.problem("the name", "a\u0000b", Text.NAME, false)).contains("control characters");
        assertThat(Text.problem("the name", "bell\u0007", Text.NAME, false)).isNotNull();
        assertThat(Text.problem("the name", "c1\u0085", Text.NAME, false)).isNotNull();
        assertThat(Text.problem("the name", "two\nlines", Text.NAME, false)).isNotNull();
        assertThat(Text.problem("the name", "lone \uD800 surrogate", Text.NAME, false))
                .isNotNull();
    }

    @Test
    void required_text_is_stripped_and_refused_when_blank_or_unfit_with_the_features_refusal() {
        assertThat(Text.required("the title", "  Waste contract \t", Text.NAME, false, IllegalStateException::new))
                .isEqualTo("Waste contract");
        for (String blank : new String[] {null, "", "   ", "\n\t "}) {
            assertThatThrownBy(() -> Text.required("the title", blank, Text.NAME, false, IllegalStateException::new))
                    .as(String.valueOf(blank))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Enter the title.");
        }
        assertThatThrownBy(
                        () -> Text.required("the title", "x".repeat(201), Text.NAME, false, IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The title can be at most 200 characters.");
        assertThatThrownBy(() -> Text.required("the title", "a\u0000b", Text.NAME, false, IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("control characters");
        // within the limit once stripped: the spaces around it do not count
        assertThat(Text.required(
                        "the title", " " + "x".repeat(200) + " ", Text.NAME, false, IllegalStateException::new))
                .hasSize(200);
    }

    @Test
    void check_throws_the_features_own_refusal() {
        assertThatThrownBy(() -> Text.check("the title", "\u001b[31m", Text.NAME, false, IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The title contains control characters");
        assertThat(Text.check("the title", "Fine", Text.NAME, false, IllegalStateException::new))
                .isEqualTo("Fine");
    }

    @Test
    void dates_lie_between_1900_and_2199() {
        assertThat(Dates.plausible(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(Dates.plausible(LocalDate.of(2199, 12, 31))).isTrue();
        assertThat(Dates.plausible(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(Dates.plausible(LocalDate.MAX)).isFalse();
        assertThat(Dates.plausible(LocalDateTime.MIN)).isFalse();
        assertThat(Dates.plausible(Instant.MAX)).isFalse();
        assertThat(Dates.plausible(Instant.parse("2026-05-01T09:00:00Z"))).isTrue();
        assertThat(Dates.plausible(null)).isTrue();
        assertThat(Dates.problem("the start", LocalDate.of(0, 1, 1)))
                .isEqualTo("The start must be between 1900 and 2199.");
    }
}
