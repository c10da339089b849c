package uk.org.eelga.platform.helpline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.helpline.Category;
import uk.org.eelga.platform.helpline.HrHelpline;
import uk.org.eelga.platform.helpline.QueryStatus;
import uk.org.eelga.platform.helpline.QuerySummary;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/** Browserless tests of the HR helpline pages with their real services and database. */
@BrowserlessPages
class HelplineViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void
            an_officer_asks_an_adviser_answers_in_the_console_and_the_officer_closes_and_rates_but_cambridge_sees_nothing() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            HelplinePortalView view = BrowserlessUi.open(HelplinePortalView.class);
            view.subject.setValue("x".repeat(HrHelpline.SUBJECT_MAX + 5));
            _click(view.raise);
            assertThat(view.askErrors.messages())
                    .containsExactly(
                            "Choose what the query is about",
                            "Enter your question",
                            "Subject must be 200 characters or fewer: you have 5 characters too many");
            assertThat(view.askErrors.isVisible()).isTrue();
            assertThat(view.subject.getValue())
                    .as("nothing typed is cut off or lost")
                    .hasSize(205);
            assertThat(view.subject.isInvalid()).isTrue();
            assertThat(view.outcome.getText()).isEmpty();
            view.category.setValue(Category.BENCHMARKING);
            view.subject.setValue("Planning officer grades");
            view.question.setValue("How many councils pay a market supplement to planners?");
            _click(view.raise);
            assertThat(view.askErrors.isVisible()).isFalse();
            assertThat(view.outcome.getText()).startsWith("Sent. The advisers will respond by ");
            assertThat(GridRows.of(view.queries))
                    .extracting(QuerySummary::status)
                    .containsExactly(QueryStatus.AWAITING_ADVISER);
            assertThat(view.thread.status.getText()).startsWith("With the association's advisers. No response yet");
            // on a phone the query is a card of the same words as its row
            assertThat(Cards.text(view.queries, 0))
                    .startsWith("Planning officer grades")
                    .contains(
                            "About: Benchmarking request",
                            "Subject: Planning officer grades",
                            "Status: With the association's advisers");
        }
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            UI.getCurrent().navigate(HelplinePortalView.class);
            assertThat(GridRows.of(_get(HelplinePortalView.class).queries)).isEmpty();
        }
        BrowserlessUi.restartAs(Fixtures.staff());
        HelplineConsoleView console = BrowserlessUi.open(HelplineConsoleView.class);
        List<QuerySummary> open = GridRows.of(console.queries);
        assertThat(open).extracting(QuerySummary::councilId).containsExactly("norwich");
        assertThat(console.figures.getText()).startsWith("1 query (1 benchmarking request) from 1 of ");
        assertThat(Cards.text(console.queries, 0))
                .startsWith("Planning officer grades")
                .contains("Council: Norwich City Council", "First response: On time");
        console.queries.select(open.get(0));
        _click(console.answer);
        assertThat(console.errors.messages()).containsExactly("Write the answer.");
        assertThat(console.text.isInvalid()).isTrue();
        assertThat(console.message.getText()).isEmpty();
        console.text.setValue("Eleven of the councils answering ePayCheck pay one.");
        _click(console.answer);
        assertThat(console.message.getText()).isEqualTo("Norwich City Council: Answered.");
        assertThat(console.thread.status.getText()).startsWith("Answered. First response ");

        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            HelplinePortalView view = BrowserlessUi.open(HelplinePortalView.class);
            view.queries.select(GridRows.of(view.queries).get(0));
            assertThat(view.close.isVisible()).isTrue();
            _click(view.sendReply);
            assertThat(view.threadErrors.messages()).containsExactly("Write the reply.");
            assertThat(view.reply.isInvalid()).isTrue();
            assertThat(view.outcome.getText()).isEmpty();
            view.rating.setValue(5);
            _click(view.close);
            assertThat(view.outcome.getText()).startsWith("Closed. Thank you.");
            assertThat(GridRows.of(view.queries).get(0).satisfaction()).isEqualTo(5);
            assertThat(view.close.isVisible()).isFalse();
            assertThat(view.rate.isVisible()).isFalse();
        }
    }

    @Test
    void a_council_officer_opening_the_advisers_desk_is_refused() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/hr-helpline")).isEqualTo("You cannot open this page");
    }
}
