package uk.org.eelga.platform.communications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.eelga.platform.support.Fixtures.CAM;
import static uk.org.eelga.platform.support.Fixtures.NORA;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.communications.Audience;
import uk.org.eelga.platform.communications.Communication;
import uk.org.eelga.platform.communications.CommunicationKind;
import uk.org.eelga.platform.communications.Subscriptions;
import uk.org.eelga.platform.communications.Topic;
import uk.org.eelga.platform.communications.TopicChoice;
import uk.org.eelga.platform.support.Cards;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.Race;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Browserless tests of sending through the pages: staff write a draft on the console, a council's person opens it
 * in the portal (which is what counts it as read), another council's person cannot, and a person keeps their own
 * email topics on their subscriptions page.
 */
@BrowserlessPages
class SendingViewsIT {

    @Inject
    Subscriptions subscriptions;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
        TestDatabase.executeAsOwner("truncate communication, lga_executive_meeting restart identity cascade");
    }

    @Test
    void a_draft_written_on_the_console_is_read_in_the_portal_by_its_council_only_and_opening_it_counts() {
        BrowserlessUi.signIn(Fixtures.staff());
        CommunicationWriteView write = BrowserlessUi.open(CommunicationWriteView.class);
        _click(write.save);
        assertThat(write.errors.messages()).hasSize(3);
        write.kind.setValue(CommunicationKind.CASE_STUDY);
        write.title.setValue("Shared legal service");
        write.text.setValue("How three councils share one legal team.");
        write.audience.setValue(Audience.NAMED_COUNCILS);
        _click(write.save);
        assertThat(write.errors.messages()).containsExactly("Choose the councils it is for");
        write.named.setValue(Set.copyOf(write.named
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals("norwich"))
                .toList()));
        _click(write.save);
        assertThat(write.errors.isVisible()).isFalse();
        assertThat(write.saved.getText()).startsWith("Draft saved: Shared legal service.");
        CommunicationsConsoleView console = BrowserlessUi.open(CommunicationsConsoleView.class);
        Communication draft = GridRows.of(console.recorded).get(0);
        assertThat(draft.draft()).isTrue();
        // on a phone or at 200% zoom the draft is a card, and its Send button is on it (it was cut off at 640 px)
        assertThat(Cards.text(console.recorded, 0))
                .startsWith("Shared legal service")
                .contains("Date: Draft", "Sending: Send");
        ButtonKt._click(Cards.button(console.recorded, 0, "Send Shared legal service"));
        assertThat(GridRows.of(console.recorded).get(0).draft())
                .as("sent from the card")
                .isFalse();

        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(CAM)) {
            assertThat(BrowserlessUi.headingAt("portal/communications/read/" + draft.id()))
                    .isNotEqualTo("Shared legal service");
        }
        assertThat(Race.count("select count(*) from communication_read")).isZero();

        BrowserlessUi.restart();
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORA)) {
            assertThat(GridRows.of(BrowserlessUi.open(CommunicationsPortalView.class).archive))
                    .extracting(Communication::title)
                    .containsExactly("Shared legal service");
            assertThat(BrowserlessUi.headingAt("portal/communications/read/" + draft.id()))
                    .isEqualTo("Shared legal service");
        }
        assertThat(Race.count("select count(*) from communication_read where tenant_id = 'norwich'"))
                .isEqualTo(1);
    }

    @Test
    void a_person_keeps_their_own_topics_on_their_subscriptions_page() {
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(NORA)) {
            SubscriptionsView page = BrowserlessUi.open(SubscriptionsView.class);
            assertThat(page.topics.getValue()).containsExactlyInAnyOrder(Topic.values());
            EnumSet<Topic> fewer = EnumSet.allOf(Topic.class);
            fewer.remove(Topic.HOUSING);
            page.topics.setValue(fewer);
            _click(page.save);
            assertThat(page.saved.getText()).contains((Topic.values().length - 1) + " of " + Topic.values().length);
            assertThat(subscriptions.of(NORA))
                    .filteredOn(c -> !c.subscribed())
                    .extracting(TopicChoice::topic)
                    .containsExactly(Topic.HOUSING);
        }
        assertThat(TenantScope.callAs(CAM, () -> subscriptions.of(CAM))).allMatch(TopicChoice::subscribed);
    }
}
