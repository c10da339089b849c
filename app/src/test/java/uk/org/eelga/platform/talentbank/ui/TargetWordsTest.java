package uk.org.eelga.platform.talentbank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.talentbank.TalentBankFigures.AreaYear;
import uk.org.eelga.platform.talentbank.TalentBankFigures.Year;
import uk.org.eelga.platform.talentbank.TalentBankTargets.Target;

/**
 * How a Talent Bank target is judged in words: a year not yet over has not failed its target, a year or area with
 * nothing delivered has no figure (not £0 against the target), and a year without a target says where to set one.
 */
class TargetWordsTest {

    static final LocalDate IN_2018_19 = LocalDate.of(2018, 11, 1);
    static final LocalDate AFTER_2018_19 = LocalDate.of(2019, 4, 1);

    static final AreaYear PROCUREMENT = new AreaYear(
            "2018-19", "procurement", "Procurement support", 300_000L, 200_000L, 100_000L, null, List.of());
    static final Year YEAR = new Year("2018-19", 300_000L, 200_000L, 100_000L, 150_000L, List.of(PROCUREMENT));

    @Test
    void a_year_is_judged_against_its_target_only_once_it_is_over() {
        assertThat(TalentBankConsoleView.yearLine(YEAR, AFTER_2018_19))
                .isEqualTo("2018-19: turnover £3,000.00, associate cost £2,000.00, gross profit £1,000.00 against a"
                        + " target of £1,500.00: target not met");
        assertThat(TalentBankConsoleView.yearLine(YEAR, IN_2018_19)).endsWith(": target not yet met");
        Year met = new Year("2018-19", 300_000L, 200_000L, 100_000L, 100_000L, List.of(PROCUREMENT));
        assertThat(TalentBankConsoleView.yearLine(met, IN_2018_19)).endsWith(": target met");
        Year none = new Year("2018-19", 300_000L, 200_000L, 100_000L, null, List.of(PROCUREMENT));
        assertThat(TalentBankConsoleView.yearLine(none, IN_2018_19))
                .endsWith("gross profit £1,000.00 (no target set: targets are set on the Talent Bank targets page)");
    }

    @Test
    void a_target_is_shown_beside_the_gross_profit_delivered_for_what_it_covers() {
        Target whole = new Target("2018-19", null, "The whole Talent Bank", 150_000L);
        Target area = new Target("2018-19", "procurement", "Procurement support", 90_000L);
        Target otherArea = new Target("2018-19", "hr-od", "HR and organisational development", 90_000L);
        Target otherYear = new Target("2019-20", null, "The whole Talent Bank", 150_000L);

        assertThat(List.of(
                        shown(whole, AFTER_2018_19),
                        shown(area, AFTER_2018_19),
                        shown(whole, IN_2018_19),
                        shown(area, IN_2018_19),
                        shown(otherArea, AFTER_2018_19),
                        shown(otherYear, IN_2018_19)))
                .containsExactly(
                        "£1,000.00 (target not met)",
                        "£1,000.00 (target met)",
                        "£1,000.00 so far",
                        "£1,000.00 so far (target met)",
                        "No work delivered that year",
                        "No work delivered yet");
        Year targetOnly = new Year("2018-19", 0L, 0L, 0L, 150_000L, List.of());
        assertThat(TalentBankTargetsView.delivered(List.of(targetOnly), whole, AFTER_2018_19))
                .isEqualTo("No work delivered that year");
    }

    private static String shown(Target target, LocalDate today) {
        return TalentBankTargetsView.delivered(List.of(YEAR), target, today);
    }
}
