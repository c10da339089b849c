package uk.org.eelga.platform.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.org.eelga.shared.ReportingPeriod;

class RagRuleTest {

    private static RagRule percent(String target, String tolerance) {
        return new RagRule(
                TargetType.PERCENT,
                new BigDecimal(target),
                null,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal(tolerance));
    }

    @Test
    void at_or_above_target_is_green() {
        assertThat(percent("60", "5").rate(new BigDecimal("60"))).isEqualTo(Rag.GREEN);
        assertThat(percent("60", "5").rate(new BigDecimal("67"))).isEqualTo(Rag.GREEN);
    }

    @Test
    void below_target_within_the_tolerance_is_amber_and_beyond_it_red() {
        assertThat(percent("60", "5").rate(new BigDecimal("55"))).isEqualTo(Rag.AMBER);
        assertThat(percent("60", "5").rate(new BigDecimal("54.99"))).isEqualTo(Rag.RED);
        assertThat(percent("60", "0").rate(new BigDecimal("59.99"))).isEqualTo(Rag.RED);
    }

    @Test
    void lower_is_better_turns_the_rule_round_so_zero_unmet_requests_is_green() {
        RagRule unmet = new RagRule(TargetType.COUNT, BigDecimal.ZERO, null, Direction.LOWER_IS_BETTER, BigDecimal.ONE);
        assertThat(unmet.rate(BigDecimal.ZERO)).isEqualTo(Rag.GREEN);
        assertThat(unmet.rate(BigDecimal.ONE)).isEqualTo(Rag.AMBER);
        assertThat(unmet.rate(new BigDecimal("2"))).isEqualTo(Rag.RED);
    }

    @Test
    void yes_no_targets_are_green_on_yes_and_red_on_no() {
        RagRule yes = new RagRule(TargetType.YES_NO, BigDecimal.ONE, null, null, null);
        assertThat(yes.rate(BigDecimal.ONE)).isEqualTo(Rag.GREEN);
        assertThat(yes.rate(BigDecimal.ZERO)).isEqualTo(Rag.RED);
    }

    @Test
    void money_in_pence_and_date_targets_with_days_of_tolerance() {
        RagRule profit =
                new RagRule(TargetType.MONEY, new BigDecimal("20500000"), null, null, new BigDecimal("500000"));
        assertThat(profit.rate(new BigDecimal("20000000"))).isEqualTo(Rag.AMBER);
        assertThat(profit.rate(new BigDecimal("19999999"))).isEqualTo(Rag.RED);
        RagRule byDate = new RagRule(TargetType.DATE, null, LocalDate.of(2018, 3, 31), null, new BigDecimal("14"));
        assertThat(byDate.rateDate(LocalDate.of(2018, 3, 31))).isEqualTo(Rag.GREEN);
        assertThat(byDate.rateDate(LocalDate.of(2018, 4, 14))).isEqualTo(Rag.AMBER);
        assertThat(byDate.rateDate(LocalDate.of(2018, 4, 15))).isEqualTo(Rag.RED);
    }

    @Test
    void no_figure_or_no_target_is_not_rated_and_a_negative_tolerance_is_refused() {
        assertThat(percent("60", "5").rate(null)).isEqualTo(Rag.NOT_RATED);
        assertThat(new RagRule(TargetType.COUNT, null, null, null, null).rate(BigDecimal.TEN))
                .isEqualTo(Rag.NOT_RATED);
        assertThatThrownBy(() -> percent("60", "-1")).hasMessageContaining("negative");
    }

    @Test
    void badges_say_their_letter_and_word() {
        assertThat(Rag.RED.letter()).isEqualTo("R");
        assertThat(Rag.AMBER.words()).startsWith("Amber");
        assertThat(Rag.GREEN.words()).startsWith("Green");
    }

    @Test
    void periods_are_quarters_of_the_april_to_march_financial_year() {
        ReportingPeriod q3 = ReportingPeriod.parse("2017-18 Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(ReportingPeriod.parse("2017-18 Q4").end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThatThrownBy(() -> ReportingPeriod.parse("2017-19 Q1")).hasMessageContaining("financial year");
    }

    @Test
    void generates_income_or_surplus_is_green_only_above_zero_and_never_on_no_figure() {
        RagRule surplus = new RagRule(TargetType.MONEY, BigDecimal.ZERO, null, Direction.ABOVE_TARGET, null);
        assertThat(surplus.rate(BigDecimal.ZERO)).isEqualTo(Rag.RED);
        assertThat(surplus.rate(new BigDecimal("-500"))).isEqualTo(Rag.RED);
        assertThat(surplus.rate(BigDecimal.ONE)).isEqualTo(Rag.GREEN);
        assertThat(surplus.rate(null)).isEqualTo(Rag.NOT_RATED);
        RagRule nearly = new RagRule(
                TargetType.MONEY, new BigDecimal("1000"), null, Direction.ABOVE_TARGET, new BigDecimal("100"));
        assertThat(nearly.rate(new BigDecimal("950"))).isEqualTo(Rag.AMBER);
        assertThat(nearly.rate(new BigDecimal("1000"))).isEqualTo(Rag.AMBER);
        assertThat(nearly.rate(new BigDecimal("900"))).isEqualTo(Rag.RED);
    }

    @Test
    void a_share_of_nothing_is_no_figure_not_zero_percent() {
        var nothing = uk.org.eelga.platform.framework.live.MeasureResult.share(0, 0, java.util.List.of());
        assertThat(nothing.value()).isNull();
        assertThat(nothing.hasFigure()).isFalse();
        var none = uk.org.eelga.platform.framework.live.MeasureResult.count(0, java.util.List.of());
        assertThat(none.hasFigure()).isFalse();
    }

    @Test
    void a_quarter_is_not_rated_against_a_yearly_total_but_a_share_or_a_cap_is() {
        ReportingPeriod year = ReportingPeriod.year(2019);
        ReportingPeriod quarter = ReportingPeriod.parse("2019-20 Q4");
        RagRule elevenBulletins = new RagRule(TargetType.COUNT, new BigDecimal("11"), null, null, null);
        RagRule ninetyPercent = new RagRule(TargetType.PERCENT, new BigDecimal("90"), null, null, null);
        RagRule noUnmet = new RagRule(TargetType.COUNT, BigDecimal.ZERO, null, Direction.LOWER_IS_BETTER, null);

        assertThat(elevenBulletins.rate(new BigDecimal("3"), quarter)).isEqualTo(Rag.NOT_RATED);
        assertThat(elevenBulletins.rate(new BigDecimal("11"), year)).isEqualTo(Rag.GREEN);
        assertThat(elevenBulletins.rate(new BigDecimal("10"), year)).isEqualTo(Rag.RED);
        assertThat(ninetyPercent.rate(new BigDecimal("80"), quarter)).isEqualTo(Rag.RED);
        assertThat(noUnmet.rate(BigDecimal.ONE, quarter)).isEqualTo(Rag.RED);
    }
}
