package uk.org.eelga.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void pence_are_shown_as_pounds_with_thousands_separated() {
        assertThat(Money.format(123_450)).isEqualTo("£1,234.50");
        assertThat(Money.format(5)).isEqualTo("£0.05");
        assertThat(Money.format(0)).isEqualTo("£0.00");
        assertThat(Money.format(-1200)).isEqualTo("-£12.00");
    }

    @Test
    void in_words_whole_pounds_have_no_pence_and_other_amounts_keep_them() {
        assertThat(Money.pounds(3_823_400)).isEqualTo("£38,234");
        assertThat(Money.pounds(123_450)).isEqualTo("£1,234.50");
        assertThat(Money.pounds(5)).isEqualTo("£0.05");
        assertThat(Money.pounds(0)).isEqualTo("£0");
        assertThat(Money.pounds(-1200)).isEqualTo("-£12");
        assertThat(Money.pounds(Long.MAX_VALUE - Long.MAX_VALUE % 100)).startsWith("£92,233,720,368,547,758");
    }

    @Test
    void pounds_as_people_type_them_are_read_as_exact_pence() {
        assertThat(Money.parsePounds("Budget", "1250")).isEqualTo(125_000);
        assertThat(Money.parsePounds("Budget", " £1,250.50 ")).isEqualTo(125_050);
        assertThat(Money.parsePounds("Budget", "0.10")).isEqualTo(10);
        assertThat(Money.parsePounds("Budget", "12.500")).isEqualTo(1_250);
    }

    @Test
    void what_is_not_money_is_refused_with_a_sentence_naming_the_field() {
        assertThatThrownBy(() -> Money.parsePounds("Budget", " ")).hasMessageStartingWith("Budget is missing");
        assertThatThrownBy(() -> Money.parsePounds("Budget", "lots"))
                .hasMessage("Budget must be an amount in pounds, like 1250 or 1250.50 (not \"lots\")");
        assertThatThrownBy(() -> Money.parsePounds("Budget", "-1")).hasMessage("Budget cannot be negative");
        assertThatThrownBy(() -> Money.parsePounds("Budget", "1.005"))
                .hasMessage("Budget cannot have fractions of a penny");
        assertThatThrownBy(() -> Money.parsePounds("Budget", "1e30")).hasMessage("Budget is too large");
        assertThatThrownBy(() -> Money.parsePounds("Budget", "x".repeat(40) + "\u0000"))
                .hasMessage("Budget must be an amount in pounds, like 1250 or 1250.50");
    }

    @Test
    void a_percentage_of_pence_is_rounded_half_up_to_the_penny() {
        assertThat(Money.percentOf(200_000, new BigDecimal("20"))).isEqualTo(40_000);
        assertThat(Money.percentOf(5, new BigDecimal("10"))).isEqualTo(1);
        assertThat(Money.percentOf(4, new BigDecimal("10"))).isZero();
    }
}
