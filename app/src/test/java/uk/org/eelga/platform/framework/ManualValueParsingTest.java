package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualValueParsingTest {

    @Test
    void a_percentage_is_kept_as_typed_with_or_without_its_sign() {
        assertThat(parsed(TargetType.PERCENT, "86%")).isEqualByComparingTo("86");
        assertThat(parsed(TargetType.PERCENT, "100")).isEqualByComparingTo("100");
        assertThat(parsed(TargetType.PERCENT, "0")).isEqualByComparingTo("0");
    }

    @Test
    void a_percentage_beyond_0_to_100_is_refused_in_words() {
        assertThat(problems(TargetType.PERCENT, "170%")).containsExactly("A percentage must be between 0% and 100%.");
        assertThat(problems(TargetType.PERCENT, "-70")).containsExactly("A percentage must be between 0% and 100%.");
    }

    @Test
    void a_negative_count_or_amount_is_refused_in_words() {
        assertThat(problems(TargetType.COUNT, "-3")).containsExactly("A count cannot be below 0.");
        assertThat(problems(TargetType.MONEY, "-£12.50")).containsExactly("An amount cannot be below £0.");
    }

    @Test
    void an_amount_in_pounds_is_kept_in_pence() {
        assertThat(parsed(TargetType.MONEY, "£1,234.50")).isEqualByComparingTo("123450");
    }

    private static BigDecimal parsed(TargetType type, String text) {
        List<String> problems = new ArrayList<>();
        BigDecimal value = ManualValues.parse(type, text, problems);
        assertThat(problems).isEmpty();
        return value;
    }

    private static List<String> problems(TargetType type, String text) {
        List<String> problems = new ArrayList<>();
        assertThat(ManualValues.parse(type, text, problems)).isNull();
        return problems;
    }
}
