package uk.org.eelga.platform.appraisal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.appraisal.AppraisalSummary;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Role;

/** Browserless tests of the appraisal support pages with their real services and database. */
@BrowserlessPages
class AppraisalViewsIT {

    static final Caller NORWICH_LEADER = new Caller(
            "subject-lee",
            "lee@norwich.demo",
            "Lee Leader",
            Set.of(Role.COUNCIL_LEADER),
            Fixtures.NORWICH,
            "Norwich City Council");

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void a_leader_requests_appraisal_support_and_staff_see_it_open_but_another_council_does_not() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_LEADER)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            view.preferredDates.setValue("Any Tuesday in March");
            _click(view.request);
            assertThat(view.outcome.getText()).isEqualTo("Your request has been sent to the association.");
            assertThat(GridRows.of(view.requests))
                    .extracting(AppraisalSummary::statusLabel)
                    .containsExactly("Requested, awaiting the association");
            assertThat(Cards.text(view.requests, 0))
                    .startsWith("Requested ")
                    .contains(
                            "Preferred dates: Any Tuesday in March",
                            "Status: Requested, awaiting the association",
                            "Source: Requested on the platform");
        }
        // a fresh browser session for another person (Vaadin would reuse the page instance within one UI)
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            UI.getCurrent().navigate(AppraisalPortalView.class);
            assertThat(GridRows.of(_get(AppraisalPortalView.class).requests)).isEmpty();
        }
        BrowserlessUi.restartAs(Fixtures.staff());
        AppraisalConsoleView console = BrowserlessUi.open(AppraisalConsoleView.class);
        List<AppraisalSummary> open = GridRows.of(console.requests);
        assertThat(open).extracting(AppraisalSummary::councilId).containsExactly("norwich");
        assertThat(Cards.text(console.requests, 0))
                .startsWith("Norwich City Council")
                .contains("Council: Norwich City Council", "Preferred dates: Any Tuesday in March");
        console.requests.select(open.get(0));
        console.reason.setValue("No adviser is free in March");
        _click(console.decline);
        assertThat(console.message.getText()).contains("Declined: No adviser is free in March");
        assertThat(console.unmet.getText())
                .startsWith("Unmet requests in")
                .contains(": 1 of 1 request")
                .doesNotContain("1 requests");
    }

    @Test
    void a_scheduled_appraisal_whose_day_has_passed_undelivered_is_flagged_to_staff_and_the_council() throws Exception {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_LEADER)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            view.preferredDates.setValue("Early March");
            _click(view.request);
        }
        BrowserlessUi.restartAs(Fixtures.staff());
        AppraisalConsoleView console = BrowserlessUi.open(AppraisalConsoleView.class);
        assertThat(console.overdueNote.isVisible()).isFalse();
        console.requests.select(GridRows.of(console.requests).get(0));
        console.adviser.setValue("Martin Hill");
        LocalDate today = LocalDate.now(UkTime.ZONE);
        console.scheduledOn.setValue(today);
        _click(console.schedule);
        assertThat(console.message.getText()).contains("Scheduled for " + UkTime.date(today) + " with Martin Hill.");
        assertThat(console.overdueNote.isVisible()).isFalse();

        // the day goes by and nobody records the delivery
        LocalDate past = today.minusDays(3);
        TestDatabase.executeAsOwner(
                "select set_config('app.tenant_id', 'norwich', false)",
                "update appraisal_request set scheduled_on = date '" + past + "' where tenant_id = 'norwich'");
        String flagged = "Scheduled for " + UkTime.date(past)
                + " with Martin Hill: that day has passed and the delivery is not yet recorded";
        BrowserlessUi.restartAs(Fixtures.staff());
        console = BrowserlessUi.open(AppraisalConsoleView.class);
        assertThat(console.overdueNote.isVisible()).isTrue();
        assertThat(console.overdueNote.getText())
                .isEqualTo("1 scheduled appraisal's day has passed without its delivery recorded: mark it delivered"
                        + " or schedule it again.");
        assertThat(GridRows.column(console.requests, "status")).containsExactly(flagged);
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_LEADER)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            assertThat(GridRows.column(view.requests, "status")).containsExactly(flagged);
        }
    }

    @Test
    void staff_deciding_without_a_request_or_details_get_every_problem_at_its_field_and_nothing_changes() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_LEADER)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            view.preferredDates.setValue("Any Tuesday in May");
            _click(view.request);
        }
        BrowserlessUi.restartAs(Fixtures.staff());
        AppraisalConsoleView console = BrowserlessUi.open(AppraisalConsoleView.class);
        assertThat(console.schedule.isEnabled()).isTrue();
        console.scheduledOn.clear();
        _click(console.schedule);
        assertThat(console.scheduleErrors.isVisible()).isTrue();
        assertThat(console.scheduleErrors.messages())
                .containsExactly(
                        "Choose a request in the list first",
                        "Enter the name of the adviser",
                        "Enter the appraisal date, for example 01/04/2027");
        assertThat(console.adviser.isInvalid()).isTrue();

        // a date before today is refused by the rules, at the date field, and the request stays as it was
        console.requests.select(GridRows.of(console.requests).get(0));
        console.adviser.setValue("Martin Hill");
        console.scheduledOn.setValue(LocalDate.now(UkTime.ZONE).minusDays(1));
        _click(console.schedule);
        assertThat(console.scheduleErrors.messages())
                .containsExactly("Schedule the appraisal between today and 2 years from now.");
        assertThat(console.scheduledOn.isInvalid()).isTrue();
        assertThat(console.adviser.isInvalid()).isFalse();
        assertThat(console.adviser.getValue()).isEqualTo("Martin Hill");
        assertThat(GridRows.column(console.requests, "status")).containsExactly("Requested, awaiting the association");

        // a problem of one decision is gone when another is tried
        _click(console.decline);
        assertThat(console.scheduleErrors.isVisible()).isFalse();
        assertThat(console.declineErrors.messages()).containsExactly("Enter why the request is declined");
    }

    @Test
    void a_leader_sending_no_preferred_dates_is_told_at_the_field_and_nothing_is_sent() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORWICH_LEADER)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            view.notes.setValue("Our chief executive started in January");
            _click(view.request);
            assertThat(view.errors.messages()).containsExactly("Enter your preferred dates");
            assertThat(view.preferredDates.isInvalid()).isTrue();
            assertThat(view.notes.getValue()).isEqualTo("Our chief executive started in January");
            assertThat(view.outcome.getText()).isEmpty();
            assertThat(GridRows.of(view.requests)).isEmpty();
        }
    }

    @Test
    void a_year_with_no_request_has_no_figure_of_unmet_requests_rather_than_0_of_0() {
        BrowserlessUi.signIn(Fixtures.staff());
        AppraisalConsoleView console = BrowserlessUi.open(AppraisalConsoleView.class);
        int year = LocalDate.now(UkTime.ZONE).getYear();
        assertThat(console.unmet.getText())
                .isEqualTo("Unmet requests in " + year + ": no figure yet, no request was made in " + year + ".");
    }

    @Test
    void an_officer_sees_status_but_no_request_form() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            AppraisalPortalView view = BrowserlessUi.open(AppraisalPortalView.class);
            assertThat(view.request.isAttached()).isFalse();
            assertThat(view.requests.isAttached()).isTrue();
        }
    }

    @Test
    void a_council_leader_opening_the_console_appraisal_page_is_refused() {
        BrowserlessUi.signIn(NORWICH_LEADER);
        assertThat(BrowserlessUi.headingAt("console/appraisal-requests")).isEqualTo("You cannot open this page");
    }
}
