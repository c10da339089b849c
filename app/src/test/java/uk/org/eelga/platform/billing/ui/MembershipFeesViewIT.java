package uk.org.eelga.platform.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.council.CouncilKind;

/**
 * The membership fees page (issue 14 point 1): an empty or wrong form lists every problem and saves nothing; a fee
 * in pounds is kept exactly in pence and listed; setting it again changes it (one fee per year and kind); council
 * people cannot open the page.
 */
@BrowserlessPages
class MembershipFeesViewIT {

    static final String YEAR = "2011-12";

    @BeforeEach
    void start() throws Exception {
        clean();
    }

    @AfterEach
    void stop() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        TestDatabase.executeAsOwner("delete from billing_membership_fee where financial_year = '" + YEAR + "'");
    }

    private static long fees() {
        return Race.count("select count(*) from billing_membership_fee where financial_year = '" + YEAR + "'");
    }

    @Test
    void staff_set_a_fee_in_pounds_kept_exactly_and_wrong_input_saves_nothing() {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/membership-fees");
        MembershipFeesView view = _get(MembershipFeesView.class);

        view.year.setValue("2011");
        view.fee.setValue("three thousand");
        view.vat.setValue("twenty");
        view.save.click();
        assertThat(view.errors.messages())
                .contains(
                        "Enter the financial year like 2017-18",
                        "Choose the kind of council",
                        "Enter the VAT rate as a number, like 0 or 20")
                .hasSize(4);
        assertThat(fees()).isZero();

        view.year.setValue(YEAR);
        view.kind.setValue(CouncilKind.DISTRICT);
        view.fee.setValue("-5");
        view.vat.setValue("0");
        view.save.click();
        assertThat(view.errors.hasProblems()).isTrue();
        assertThat(fees()).isZero();

        view.fee.setValue("3,250.10");
        view.save.click();
        assertThat(view.errors.hasProblems()).isFalse();
        assertThat(view.saved.getText()).isEqualTo("Saved: District councils pay £3,250.10 for 2011-12.");
        assertThat(Race.count("select fee_pence from billing_membership_fee where financial_year = '" + YEAR
                        + "' and council_kind = 'DISTRICT'"))
                .isEqualTo(325010);
        assertThat(GridRows.of(view.fees))
                .filteredOn(f -> f.financialYear().equals(YEAR))
                .hasSize(1);
        int row = GridRows.of(view.fees)
                .indexOf(GridRows.of(view.fees).stream()
                        .filter(f -> f.financialYear().equals(YEAR))
                        .findFirst()
                        .orElseThrow());
        assertThat(Cards.text(view.fees, row))
                .startsWith("2011-12 District")
                .contains(
                        "Year: 2011-12",
                        "Kind of council: District",
                        "Fee: £3,250.10",
                        "VAT: 0%",
                        "State: Not invoiced yet: can be corrected");

        view.fee.setValue("3300");
        view.save.click();
        assertThat(view.saved.getText()).contains("£3,300.00");
        assertThat(fees()).isEqualTo(1);
    }

    @Test
    void staff_correct_a_chosen_fee_not_yet_invoiced_and_an_invoiced_one_is_refused_in_words() throws Exception {
        BrowserlessUi.signIn(Fixtures.staff());
        UI.getCurrent().navigate("console/membership-fees");
        MembershipFeesView view = _get(MembershipFeesView.class);
        view.year.setValue(YEAR);
        view.kind.setValue(CouncilKind.UNITARY);
        view.fee.setValue("5000");
        view.save.click();
        view.year.clear();
        view.fee.clear();

        view.fees.select(fee(view));
        assertThat(view.year.getValue()).isEqualTo(YEAR);
        assertThat(view.kind.getValue()).isEqualTo(CouncilKind.UNITARY);
        assertThat(view.fee.getValue()).isEqualTo("5000.00");
        view.fee.setValue("");
        view.vat.setValue("120");
        view.save.click();
        assertThat(view.errors.messages()).hasSize(2);
        view.fee.setValue("5,100");
        view.vat.setValue("0");
        view.save.click();
        assertThat(view.errors.hasProblems()).isFalse();
        assertThat(view.saved.getText()).isEqualTo("Corrected: Unitary councils pay £5,100.00 for " + YEAR + ".");
        assertThat(fee(view).feePence()).isEqualTo(510_000L);
        assertThat(fee(view).invoiced()).isFalse();

        TestDatabase.executeAsOwner(
                "update billing_membership_fee set first_invoiced_at = now() where financial_year = '" + YEAR + "'");
        view.fee.setValue("5,200");
        view.save.click();
        assertThat(view.errors.messages())
                .containsExactly("The " + YEAR + " fee for unitary councils cannot be changed: councils have already"
                        + " been invoiced £5,100.00 with it, and a fee stays as it was invoiced");
        assertThat(view.fee.isInvalid()).isTrue();
        assertThat(Race.count("select fee_pence from billing_membership_fee where financial_year = '" + YEAR
                        + "' and council_kind = 'UNITARY'"))
                .isEqualTo(510_000L);
    }

    private static uk.org.eelga.platform.billing.MembershipFees.Fee fee(MembershipFeesView view) {
        return GridRows.of(view.fees).stream()
                .filter(f -> f.financialYear().equals(YEAR) && f.councilKind() == CouncilKind.UNITARY)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void council_people_cannot_open_the_page() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/membership-fees")).isEqualTo("You cannot open this page");
    }
}
