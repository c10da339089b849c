package uk.org.eelga.platform.epaycheck.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.epaycheck.JobFamily;
import uk.org.eelga.platform.epaycheck.Submission;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/** Browserless tests of the ePayCheck pages with their real services and database. */
@BrowserlessPages
class EpayCheckViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate epaycheck_pay_award, epaycheck_project restart identity");
    }

    @Test
    void an_officer_sees_every_problem_at_once_then_submits_and_cambridge_does_not_see_it() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            EpayCheckPortalView page = BrowserlessUi.open(EpayCheckPortalView.class);
            assertThat(page.subscribe.isVisible())
                    .as("only a council admin subscribes")
                    .isFalse();
            assertThat(page.standingText.getText()).startsWith("Your council does not subscribe");
            assertThat(page.benchmarks.isVisible()).isFalse();
            page.minSalary.setValue("lots");
            _click(page.submit);
            assertThat(page.errors.messages())
                    .containsExactly(
                            "Choose the job family",
                            "Enter the grade, for example PO3 or Band 7",
                            "The bottom of the salary range must be an amount in pounds, like 1250 or 1250.50 (not \"lots\")",
                            "The top of the salary range is missing: enter an amount in pounds, like 1250 or 1250.50",
                            "Enter the number of posts, for example 4");
            page.family.setValue(JobFamily.PLANNING);
            page.grade.setValue("PO3");
            page.minSalary.setValue("36,000");
            page.maxSalary.setValue("£33,000");
            page.posts.setValue(3);
            _click(page.submit);
            assertThat(page.errors.messages())
                    .containsExactly("The top of the salary range must be the same as or more than the bottom.");
            page.maxSalary.setValue("39,500.50");
            _click(page.submit);
            assertThat(page.errors.isVisible()).isFalse();
            assertThat(page.submitted.getText()).isEqualTo("Submitted: Planning, PO3, £36,000 to £39,500.50.");
            Submission row = GridRows.of(page.ours).get(0);
            assertThat(row.maxSalaryPence()).isEqualTo(3_950_050);
            // on a phone the figures are a card of the same words as the row
            assertThat(Cards.text(page.ours, 0))
                    .startsWith("Planning PO3")
                    .contains("Salary range: £36,000 to £39,500.50", "Vacancies of posts: 0 of 3", "Updated: ");
        }
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            UI.getCurrent().navigate(EpayCheckPortalView.class);
            assertThat(GridRows.of(_get(EpayCheckPortalView.class).ours)).isEmpty();
        }
    }

    @Test
    void staff_record_a_pay_award_with_a_summary_of_problems_and_a_council_officer_cannot_open_the_console() {
        BrowserlessUi.signIn(Fixtures.staff());
        EpayCheckConsoleView console = BrowserlessUi.open(EpayCheckConsoleView.class);
        _click(console.recordAward);
        assertThat(console.awardErrors.messages()).hasSize(3);
        console.awardTitle.setValue("NJC pay award 2026");
        console.agreedOn.setValue(java.time.LocalDate.now().minusDays(3));
        console.updateBy.setValue(java.time.LocalDate.now().minusDays(5));
        _click(console.recordAward);
        assertThat(console.awardErrors.messages())
                .containsExactly("The update-by date must be on or after the day it was agreed, within a year.");
        console.updateBy.setValue(java.time.LocalDate.now().plusDays(30));
        _click(console.recordAward);
        assertThat(console.message.getText()).startsWith("Recorded NJC pay award 2026: subscribers must update by");
        assertThat(GridRows.of(console.awards)).hasSize(1);
        assertThat(Cards.text(console.awards, 0))
                .startsWith("NJC pay award 2026")
                .contains("Agreed: ", "Update by: ");

        BrowserlessUi.restartAs(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/epaycheck")).isEqualTo("You cannot open this page");
    }
}
