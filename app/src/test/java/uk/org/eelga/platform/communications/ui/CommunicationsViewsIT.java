package uk.org.eelga.platform.communications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.CurrentTenant;

/** Browserless tests of the communications pages with their real services and database. */
@BrowserlessPages
class CommunicationsViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate communication, lga_executive_meeting restart identity cascade");
    }

    @Test
    void staff_record_a_bulletin_and_a_briefing_and_councils_read_only_the_bulletin() {
        LocalDate today = LocalDate.now(UkTime.ZONE);
        BrowserlessUi.signIn(Fixtures.staff());
        CommunicationsConsoleView page = BrowserlessUi.open(CommunicationsConsoleView.class);
        assertThat(page.summary.getText()).startsWith("Nothing recorded in ");
        _click(page.save);
        assertThat(page.errors.messages()).hasSize(3);
        page.kind.setValue(CommunicationKind.E_BULLETIN);
        page.title.setValue("December e-bulletin");
        page.text.setValue("News from the association.");
        page.recipients.setValue(2535);
        _click(page.save);
        assertThat(page.errors.isVisible()).isFalse();

        page.meetsOn.setValue(today.minusDays(1));
        _click(page.addMeeting);
        assertThat(GridRows.of(page.executive)).hasSize(1);
        page.kind.setValue(CommunicationKind.EXECUTIVE_BRIEFING);
        page.title.setValue("Briefing for the Chairman");
        page.text.setValue("Key issues for the East.");
        page.publishedOn.setValue(today.minusDays(2));
        page.executiveMeeting.setValue(GridRows.of(page.executive).get(0));
        _click(page.save);
        assertThat(page.errors.isVisible()).isFalse();
        assertThat(GridRows.of(page.executive).get(0).briefedInTime()).isTrue();
        assertThat(page.summary.getText())
                // the e-bulletins' target (11) is yearly: the summary is of the financial year, not the quarter
                .startsWith(ReportingPeriod.containing(today).yearLabel() + ": ")
                .contains("1 e-bulletins")
                .endsWith("1 of 1 LGA Executive meetings held so far briefed in time.");

        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            UI.getCurrent().navigate(CommunicationsPortalView.class);
            assertThat(GridRows.of(_get(CommunicationsPortalView.class).archive))
                    .extracting(Communication::title)
                    .containsExactly("December e-bulletin");
            // on a phone the communication is a card with a link to read it
            assertThat(Cards.text(_get(CommunicationsPortalView.class).archive, 0))
                    .startsWith("December e-bulletin")
                    .contains("What: ", "Summary: ", "Read December e-bulletin");
            assertThat(BrowserlessUi.headingAt("console/communications")).isEqualTo("You cannot open this page");
        }
    }
}
