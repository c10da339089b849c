package uk.org.eelga.platform.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.followup.CommitmentKind;
import uk.org.eelga.platform.followup.CommitmentSummary;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/** Browserless tests of the follow-up commitment pages with their real services and database. */
@BrowserlessPages
class FollowUpViewsIT {

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void staff_record_and_complete_a_commitment_norwich_sees_it_and_cambridge_does_not() {
        BrowserlessUi.signIn(Fixtures.staff());
        FollowUpConsoleView console = BrowserlessUi.open(FollowUpConsoleView.class);
        _click(console.done);
        assertThat(console.doneErrors.messages()).containsExactly("Choose a commitment in the list first");
        _click(console.record);
        assertThat(console.recordErrors.messages())
                .containsExactly("Choose the council", "Choose what the commitment is for", "Enter what was committed");
        assertThat(console.doneErrors.isVisible()).isFalse();
        assertThat(console.message.getText()).isEmpty();
        console.dueOn.getElement().setProperty("_inputElementValue", "31/02/2027");
        _click(console.record);
        assertThat(console.recordErrors.messages()).contains("Due by must be a real date, for example 01/04/2027");
        console.dueOn.getElement().setProperty("_inputElementValue", "");
        console.council.setValue(console.council
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals("norwich"))
                .findFirst()
                .orElseThrow());
        console.kind.setValue(CommitmentKind.PEER_CHALLENGE_CONTACT);
        console.what.setValue("Contact the Chief Executive about follow-up support");
        _click(console.record);
        assertThat(console.message.getText()).startsWith("Norwich City Council: Contact after a Corporate Peer");
        CommitmentSummary open = GridRows.of(console.commitments).get(0);
        assertThat(open.state(open.aroseOn())).startsWith("Due ");
        assertThat(Cards.text(console.commitments, 0))
                .contains("Council: Norwich City Council", "What: Contact the Chief Executive", "State: Due ");
        console.commitments.select(open);
        _click(console.done);
        assertThat(console.message.getText()).endsWith("on time.");
        assertThat(GridRows.of(console.commitments)).isEmpty();

        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            UI.getCurrent().navigate(FollowUpPortalView.class);
            FollowUpPortalView portal = _get(FollowUpPortalView.class);
            assertThat(GridRows.of(portal.commitments)).hasSize(1);
            // the day it arose in words, on a phone's card as in the row ("1 April 2027", never 2027-04-01)
            assertThat(Cards.text(portal.commitments, 0))
                    .contains(
                            "What: Contact the Chief Executive about follow-up support",
                            "Arose: " + uk.org.eelga.shared.UkTime.date(open.aroseOn()))
                    .doesNotContain(open.aroseOn().toString());
        }
        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.CAM)) {
            UI.getCurrent().navigate(FollowUpPortalView.class);
            assertThat(GridRows.of(_get(FollowUpPortalView.class).commitments)).isEmpty();
        }
    }

    @Test
    void a_council_officer_opening_the_console_page_is_refused() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/follow-ups")).isEqualTo("You cannot open this page");
    }
}
