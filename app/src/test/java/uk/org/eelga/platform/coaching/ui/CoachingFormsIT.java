package uk.org.eelga.platform.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.coaching.BookingStatus;
import uk.org.eelga.platform.coaching.BookingSummary;
import uk.org.eelga.platform.coaching.CoachingBookings;
import uk.org.eelga.platform.coaching.CoachingCatalogue;
import uk.org.eelga.platform.coaching.CoachingFixtures;
import uk.org.eelga.platform.coaching.SessionSummary;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.GridRows;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.platform.vaadin.BrowserlessPages;
import uk.org.eelga.platform.vaadin.BrowserlessUi;
import uk.org.eelga.tenancy.CurrentTenant;

/** The booking form the GOV.UK way: every problem at once, success where the person acted, cancel after a check. */
@BrowserlessPages
class CoachingFormsIT {

    @Inject
    CoachingCatalogue catalogue;

    @Inject
    CoachingBookings bookings;

    @BeforeEach
    void start() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void an_empty_form_lists_every_problem_at_once_and_marks_each_field() {
        CoachingFixtures.upcoming(catalogue, 3);
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            _click(view.book);
            assertThat(view.errors.isVisible()).isTrue();
            assertThat(view.errors.messages())
                    .containsExactly(
                            "Choose a session", "Enter the delegate's name", "Enter the delegate's email address");
            assertThat(view.session.isInvalid()).isTrue();
            assertThat(view.delegateName.isInvalid()).isTrue();
            assertThat(view.delegateName.getErrorMessage()).isEqualTo("Enter the delegate's name");
            assertThat(view.delegateEmail.isInvalid()).isTrue();
            assertThat(view.outcome.isVisible()).isFalse();
            assertThat(GridRows.of(view.bookings)).isEmpty();
        }
    }

    @Test
    void after_a_booking_the_fields_are_empty_without_errors_and_success_shows_beside_the_form() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            _click(view.book); // first with mistakes
            view.session.setValue(GridRows.of(view.sessions).stream()
                    .filter(s -> s.id() == session.id())
                    .findFirst()
                    .orElseThrow());
            view.delegateName.setValue("Nia Delegate");
            view.delegateEmail.setValue("nia@norwich.demo");
            _click(view.book);
            assertThat(view.errors.isVisible()).isFalse();
            assertThat(view.outcome.isVisible()).isTrue();
            assertThat(view.outcome.getText()).startsWith("Place confirmed for Nia Delegate");
            assertThat(view.delegateName.getValue()).isEmpty();
            assertThat(view.delegateName.isInvalid()).isFalse();
            assertThat(view.delegateEmail.getValue()).isEmpty();
            assertThat(view.delegateEmail.isInvalid()).isFalse();
            assertThat(view.session.isInvalid()).isFalse();
        }
    }

    @Test
    void cancelling_asks_first_and_going_back_keeps_the_booking() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        try (CurrentTenant.Binding ignored = BrowserlessUi.signInAs(Fixtures.NORA)) {
            CoachingPortalView view = BrowserlessUi.open(CoachingPortalView.class);
            view.session.setValue(GridRows.of(view.sessions).stream()
                    .filter(s -> s.id() == session.id())
                    .findFirst()
                    .orElseThrow());
            view.delegateName.setValue("Nia Delegate");
            view.delegateEmail.setValue("nia@norwich.demo");
            _click(view.book);
            BookingSummary booked = GridRows.of(view.bookings).get(0);
            assertThat(booked.cancellableAt(java.time.Instant.now())).isTrue();

            // the row's Cancel button, as the grid renders it
            @SuppressWarnings("unchecked")
            var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<?, BookingSummary>)
                    view.bookings.getColumnByKey("action").getRenderer();
            Button cancel = (Button) renderer.createComponent(booked);
            cancel.click();
            _get(Button.class, spec -> spec.withText("Go back")).click();
            assertThat(bookings.ourBookings())
                    .extracting(BookingSummary::status)
                    .containsExactly(BookingStatus.CONFIRMED);

            cancel.click();
            _get(Button.class, spec -> spec.withText("Yes, cancel the booking")).click();
            assertThat(bookings.ourBookings())
                    .extracting(BookingSummary::status)
                    .containsExactly(BookingStatus.CANCELLED);
            assertThat(view.bookingsOutcome.getText()).isEqualTo("Booking for Nia Delegate cancelled.");
        }
    }

    @Test
    void a_booking_past_its_cut_off_offers_no_cancel() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        BookingSummary booking = new BookingSummary(
                1,
                "norwich",
                session.id(),
                "t",
                "c",
                session.startsAt(),
                session.cancellationCutoff(),
                "Nia",
                "nia@norwich.demo",
                BookingStatus.CONFIRMED,
                null,
                0,
                java.time.Instant.now(),
                null,
                false,
                null);
        assertThat(booking.cancellableAt(session.cancellationCutoff().minusSeconds(1)))
                .isTrue();
        assertThat(booking.cancellableAt(session.cancellationCutoff().plusSeconds(1)))
                .isFalse();
    }
}
