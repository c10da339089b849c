package uk.org.eelga.platform.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.BookingRequest;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingBookings;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingFixtures;
import uk.org.eelga.platform.coaching.CohortSummary;
import uk.org.eelga.platform.coaching.Programme;
import uk.org.eelga.platform.coaching.SessionSummary;
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
import uk.org.eelga.tenancy.TenantScope;

/** Browserless tests of the coaching pages with their real services and database. */
@BrowserlessPages
class CoachingViewsIT {

    @Inject
    CoachingCatalogue catalogue;

    @Inject
    CoachingBookings bookings;

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
    void an_officer_books_a_delegate_and_sees_the_booking_confirmed_and_a_full_session_says_waitlist() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            SessionSummary listed = GridRows.of(view.sessions).stream()
                    .filter(s -> s.id() == session.id())
                    .findFirst()
                    .orElseThrow();
            assertThat(CoachingPortalView.placesLabel(listed)).isEqualTo("1 of 1 place left");
            view.session.setValue(listed);
            view.delegateName.setValue("Nia Delegate");
            view.delegateEmail.setValue("nia@norwich.demo");
            _click(view.book);
            assertThat(view.outcome.getText()).startsWith("Place confirmed for Nia Delegate");
            assertThat(GridRows.of(view.bookings))
                    .extracting(BookingSummary::delegateName, BookingSummary::statusLabel)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Nia Delegate", "Confirmed"));

            view.session.setValue(view.session.getValue());
            view.delegateName.setValue("Ned Second");
            view.delegateEmail.setValue("ned@norwich.demo");
            _click(view.book);
            assertThat(view.outcome.getText()).contains("The session is full", "waitlist, number 1 in line");
        }
    }

    @Test
    void on_a_phone_sessions_and_bookings_are_cards_and_a_booking_is_cancelled_from_its_card_after_a_check() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> bookings.book(
                        Fixtures.NORA, new BookingRequest(session.id(), "Nora Delegate", "nd@norwich.demo")));
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            int row = GridRows.of(view.sessions)
                    .indexOf(GridRows.of(view.sessions).stream()
                            .filter(s -> s.id() == session.id())
                            .findFirst()
                            .orElseThrow());
            assertThat(Cards.text(view.sessions, row))
                    .startsWith(session.title())
                    .contains("Programme: ", "Starts: ", "Venue: ", "Price: ", "Places: 4 of 5 places left");
            assertThat(Cards.text(view.bookings, 0))
                    .startsWith("Nora Delegate")
                    .contains("Session: " + session.title(), "Status: Confirmed", "Attendance: ");
            _click(Cards.button(view.bookings, 0, "Cancel the booking for Nora Delegate"));
            _click(_get(Button.class, spec -> spec.withText("Yes, cancel the booking")));
            assertThat(view.bookingsOutcome.getText()).isEqualTo("Booking for Nora Delegate cancelled.");
            assertThat(GridRows.of(view.bookings))
                    .extracting(BookingSummary::statusLabel)
                    .containsExactly("Cancelled");
        }
    }

    @Test
    void the_portal_shows_only_the_officers_own_councils_bookings() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE),
                () -> bookings.book(
                        Fixtures.CAM, new BookingRequest(session.id(), "Cam Delegate", "cd@cambridge.demo")));
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> bookings.book(
                        Fixtures.NORA, new BookingRequest(session.id(), "Nora Delegate", "nd@norwich.demo")));
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            assertThat(GridRows.of(view.bookings))
                    .extracting(BookingSummary::delegateName)
                    .containsExactly("Nora Delegate");
        }
    }

    @Test
    void the_console_lists_cohorts_newest_first_and_opens_on_the_cohort_of_the_next_session() {
        SessionSummary later = CoachingFixtures.upcoming(catalogue, 4);
        SessionSummary next = CoachingFixtures.session(catalogue, 4, 0, Duration.ofMinutes(10), Duration.ofMinutes(5));
        CohortSummary empty = catalogue.createCohort(
                Fixtures.staff(), Programme.CPD, "Cohort without sessions " + System.nanoTime(), "");

        List<Long> order = catalogue.cohorts().stream().map(CohortSummary::id).toList();
        // cohorts still without sessions first (other tests leave some), then by first session, latest first
        assertThat(order).containsSubsequence(empty.id(), later.cohortId(), next.cohortId());
        List<CohortSummary> all = catalogue.cohorts();
        assertThat(all.subList(0, order.indexOf(empty.id())))
                .allSatisfy(c -> assertThat(catalogue.sessionsOf(c)).isEmpty());

        BrowserlessUi.signIn(Fixtures.staff());
        CoachingConsoleView view = BrowserlessUi.open(CoachingConsoleView.class);
        assertThat(view.cohort.getValue().id()).isEqualTo(next.cohortId());
        assertThat(GridRows.of(view.sessions)).extracting(SessionSummary::id).containsExactly(next.id());
    }

    @Test
    void staff_see_every_councils_bookings_on_a_session_with_the_waitlist_and_record_attendance() throws Exception {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        BookingSummary nora = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> bookings.book(
                        Fixtures.NORA, new BookingRequest(session.id(), "Nora Delegate", "nd@norwich.demo")));
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE),
                () -> bookings.book(
                        Fixtures.CAM, new BookingRequest(session.id(), "Cam Delegate", "cd@cambridge.demo")));
        BrowserlessUi.signIn(Fixtures.staff());
        CoachingConsoleView view = BrowserlessUi.open(CoachingConsoleView.class);
        // the denominator is the register's member councils (active or suspended), not a number in the page
        long members;
        try (java.sql.Connection owner = TestDatabase.asOwner();
                java.sql.ResultSet count = owner.createStatement()
                        .executeQuery("select count(*) from council where status in ('ACTIVE', 'SUSPENDED')")) {
            count.next();
            members = count.getLong(1);
        }
        // (a session 30 days ahead falls in next year's figure in March: then there is no figure yet)
        assertThat(view.engagedCouncils.getText())
                .matches("Councils engaged in \\d{4}-\\d{2}: (\\d+ of " + members
                        + " member councils|no figure yet\\. No council has a confirmed place .*)\\.");
        // the records behind the figure: one council a line, as many as the figure counts
        com.vaadin.flow.component.details.Details behind =
                _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("coaching-engaged-councils"));
        long listed =
                behind.getContent().findFirst().orElseThrow().getChildren().count();
        assertThat(listed)
                .isEqualTo(
                        view.engagedCouncils.getText().contains("no figure yet")
                                ? 0
                                : Long.parseLong(view.engagedCouncils.getText().replaceAll(".*: (\\d+) of .*", "$1")));
        view.cohort.setValue(catalogue.cohorts().stream()
                .filter(c -> c.id() == session.cohortId())
                .findFirst()
                .orElseThrow());
        view.sessions.select(GridRows.of(view.sessions).get(0));
        assertThat(GridRows.of(view.bookings))
                .extracting(BookingSummary::councilId, BookingSummary::statusLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("norwich", "Confirmed"),
                        org.assertj.core.groups.Tuple.tuple("cambridge", "Waitlisted (number 1 in line)"));
        HorizontalLayout record = (HorizontalLayout) GridKt._getCellComponent(view.bookings, 0, "record");
        Button completed = (Button) record.getComponentAt(1);
        assertThat(completed.getElement().getAttribute("aria-label")).isEqualTo("Completed: Nora Delegate");
        _click(completed);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> bookings.ourBooking(nora.id()))
                        .attendanceLabel())
                .isEqualTo("Attended, completed");
        assertThat(view.message.getText()).contains("Nora Delegate: completed recorded");
    }

    @Test
    void staff_invoice_paid_places_from_the_coaching_page_once_each() {
        SessionSummary paid = CoachingFixtures.session(
                catalogue, 5, 45_000, java.time.Duration.ofDays(40), java.time.Duration.ofDays(30));
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.NORWICH),
                () -> bookings.book(Fixtures.NORA, new BookingRequest(paid.id(), "Nora Delegate", "nd@norwich.demo")));
        BrowserlessUi.signIn(Fixtures.staff());
        CoachingConsoleView view = BrowserlessUi.open(CoachingConsoleView.class);
        _click(view.invoicePlaces);
        assertThat(view.invoiceMessage.getText())
                .isEqualTo("1 paid coaching place invoiced (each place is invoiced once).");
        _click(view.invoicePlaces);
        assertThat(view.invoiceMessage.getText())
                .isEqualTo("0 paid coaching places invoiced (each place is invoiced once).");
    }

    @Test
    void staff_adding_a_session_with_nothing_filled_in_see_every_problem_at_once_and_nothing_is_added() {
        CoachingFixtures.upcoming(catalogue, 3);
        BrowserlessUi.signIn(Fixtures.staff());
        CoachingConsoleView view = BrowserlessUi.open(CoachingConsoleView.class);
        int before = GridRows.of(view.sessions).size();
        _click(view.add);
        assertThat(view.sessionErrors.isVisible()).isTrue();
        assertThat(view.sessionErrors.messages())
                .containsExactly(
                        "Enter the session title",
                        "Enter when the session starts, for example 01/04/2027 and 14:30",
                        "Enter when the session ends, for example 01/04/2027 and 14:30",
                        "Enter the cancellation cut-off, for example 25/03/2027 and 17:00",
                        "Enter the venue",
                        "Enter the number of places",
                        "Enter the price in pounds, 0 for a free session");
        assertThat(view.title.isInvalid()).isTrue();

        // what is typed stays; an end before the start and a cut-off after it are said at their fields
        java.time.LocalDateTime start = java.time.LocalDateTime.now(UkTime.ZONE)
                .plusDays(20)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        view.title.setValue("Leading change, day 1");
        view.starts.setValue(start);
        view.ends.setValue(start.minusHours(1));
        view.cutoff.setValue(start.plusDays(1));
        view.venue.setValue("Ipswich Town Hall");
        view.capacity.setValue(12);
        view.price.setValue(new java.math.BigDecimal("-5"));
        _click(view.add);
        assertThat(view.sessionErrors.messages())
                .containsExactly(
                        "The session must end after it starts",
                        "The cancellation cut-off must be no later than the start",
                        "Enter a price in pounds and pence, from 0 to £100,000");
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(view.title.getValue()).isEqualTo("Leading change, day 1");
        assertThat(GridRows.of(view.sessions)).hasSize(before);

        view.ends.setValue(start.plusHours(6));
        view.cutoff.setValue(start.minusDays(7));
        view.price.setValue(new java.math.BigDecimal("450.00"));
        _click(view.add);
        assertThat(view.sessionErrors.isVisible()).isFalse();
        assertThat(view.message.getText()).isEqualTo("Session Leading change, day 1 saved.");
        assertThat(GridRows.of(view.sessions)).hasSize(before + 1);
    }

    @Test
    void a_council_officer_opening_the_console_coaching_page_is_refused() {
        BrowserlessUi.signIn(Fixtures.NORA);
        assertThat(BrowserlessUi.headingAt("console/coaching")).isEqualTo("You cannot open this page");
    }
}
