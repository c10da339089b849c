package uk.org.eelga.platform.talentbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.talentbank.TalentBankTargets.Target;
import uk.org.eelga.platform.talentbank.TalentBankTargetsIT;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;

/**
 * The Talent Bank targets page: a year's gross-profit target set in pounds and kept exactly in pence, every wrong
 * field listed with nothing saved, a chosen target corrected or removed, and each shown beside the gross profit
 * delivered that year ("No work delivered that year" where there was none, never £0 against the target).
 */
@BrowserlessPages
class TalentBankTargetsViewIT {

    static final String YEAR = TalentBankTargetsIT.YEAR;

    @BeforeEach
    @AfterEach
    void clean() throws Exception {
        TalentBankTargetsIT.clean();
    }

    @Test
    void staff_set_correct_and_remove_a_target_with_every_problem_listed_and_nothing_saved_until_right() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/talent-bank/targets");
        TalentBankTargetsView view = _get(TalentBankTargetsView.class);
        assertThat(view.area.getValue()).isEqualTo(TalentBankTargetsView.WHOLE_BANK);

        view.year.setValue("2011");
        view.target.setValue("lots");
        view.save.click();
        assertThat(view.errors.messages()).hasSize(2).contains("Enter the financial year like 2026-27");
        view.year.setValue("2011-13");
        view.target.setValue("215000");
        view.save.click();
        assertThat(view.errors.messages()).containsExactly("Enter the financial year like 2026-27");
        view.year.setValue(YEAR);
        view.target.setValue("0");
        view.save.click();
        assertThat(view.errors.messages())
                .containsExactly("The gross-profit target is more than £0 and at most £10,000,000");
        assertThat(Race.count("select count(*) from talent_bank_target where financial_year = '" + YEAR + "'"))
                .isZero();

        view.target.setValue("215,000.50");
        view.save.click();
        assertThat(view.errors.hasProblems())
                .as(view.errors.messages().toString())
                .isFalse();
        assertThat(view.saved.getText())
                .isEqualTo("Saved: the " + YEAR + " gross-profit target for the whole Talent Bank is £215,000.50.");
        assertThat(Race.count("select gross_profit_pence from talent_bank_target where financial_year = '" + YEAR
                        + "' and area_id is null"))
                .isEqualTo(21_500_050L);
        Target row = target(view);
        assertThat(GridRows.column(view.targets, "delivered")
                        .get(GridRows.of(view.targets).indexOf(row)))
                .isEqualTo("No work delivered that year");

        view.targets.select(row);
        assertThat(view.year.getValue()).isEqualTo(YEAR);
        assertThat(view.target.getValue()).isEqualTo("215000.50");
        assertThat(view.remove.isEnabled()).isTrue();
        view.target.setValue("200000");
        view.save.click();
        assertThat(target(view).grossProfitPence()).isEqualTo(20_000_000L);

        view.targets.select(target(view));
        view.remove.click();
        assertThat(view.saved.getText())
                .isEqualTo("Removed: " + YEAR + " has no gross-profit target for the whole Talent Bank.");
        assertThat(GridRows.of(view.targets)).noneMatch(t -> t.financialYear().equals(YEAR));
        assertThat(view.remove.isEnabled()).isFalse();
    }

    private static Target target(TalentBankTargetsView view) {
        return GridRows.of(view.targets).stream()
                .filter(t -> t.financialYear().equals(YEAR))
                .findFirst()
                .orElseThrow();
    }
}
