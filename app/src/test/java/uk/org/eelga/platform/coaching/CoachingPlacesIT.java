package uk.org.eelga.platform.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.eelga.platform.support.Fixtures;
import uk.org.eelga.platform.support.PlatformIT;
import uk.org.eelga.platform.support.PlatformMail;
import uk.org.eelga.platform.support.TestDatabase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.council.CouncilDirectory;

/** Places, the waitlist and its promotion against the real database under row-level security, emails via smtp. */
@PlatformIT
class CoachingPlacesIT extends PlatformMail {

    @Inject
    CoachingCatalogue catalogue;

    @Inject
    CoachingBookings bookings;

    @Inject
    CoachingAdministration administration;

    @Inject
    CouncilDirectory councils;

    @BeforeEach
    void clean() throws Exception {
        TestDatabase.clearTenantData();
    }

    @Test
    void twenty_councils_racing_for_the_last_three_places_get_exactly_three_confirmed_and_the_rest_waitlisted_in_order()
            throws Exception {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 5);
        book(Fixtures.NORWICH, session, "Early One");
        book(Fixtures.CAMBRIDGE, session, "Early Two");
        List<TenantId> racers = councils.all().stream()
                .map(c -> TenantId.of(c.id()))
                .filter(id -> !id.equals(Fixtures.NORWICH) && !id.equals(Fixtures.CAMBRIDGE))
                .limit(20)
                .toList();
        assertThat(racers).hasSize(20);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BookingSummary>> answers = new ArrayList<>();
        for (TenantId council : racers) {
            answers.add(pool.submit(() -> {
                go.await();
                return book(council, session, "Racer of " + council);
            }));
        }
        go.countDown();
        List<BookingSummary> results = new ArrayList<>();
        for (Future<BookingSummary> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();

        assertThat(results.stream().filter(b -> b.status() == BookingStatus.CONFIRMED))
                .hasSize(3);
        assertThat(results.stream().filter(b -> b.status() == BookingStatus.WAITLISTED))
                .hasSize(17);
        assertThat(catalogue.session(session.id()).confirmed()).isEqualTo(5);

        List<BookingSummary> onSession = administration.bookingsOn(Fixtures.staff(), session.id());
        List<BookingSummary> confirmed = onSession.stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED)
                .toList();
        List<BookingSummary> line = onSession.stream()
                .filter(b -> b.status() == BookingStatus.WAITLISTED)
                .toList();
        assertThat(confirmed).hasSize(5);
        assertThat(line)
                .extracting(BookingSummary::waitlistPosition)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 17).boxed().toList());
        // in order: the line is the order in which the bookings got the session's lock (their booking time)
        assertThat(line).extracting(BookingSummary::bookedAt).isSorted();
        assertThat(confirmed.stream()
                        .map(BookingSummary::bookedAt)
                        .max(Comparator.naturalOrder())
                        .orElseThrow())
                .isBeforeOrEqualTo(line.get(0).bookedAt());
        // each racer's own answer agrees with the session's list
        for (BookingSummary mine : results) {
            assertThat(onSession)
                    .filteredOn(b -> b.id() == mine.id())
                    .singleElement()
                    .extracting(BookingSummary::status, BookingSummary::waitlistPosition)
                    .containsExactly(mine.status(), mine.waitlistPosition());
        }
    }

    @Test
    void cancelling_a_confirmed_place_gives_it_to_the_first_in_line_of_another_council_with_emails() throws Exception {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        BookingSummary nora = book(Fixtures.NORWICH, session, "Nora Place");
        BookingSummary cam = book(Fixtures.CAMBRIDGE, session, "Cam Waiting");
        BookingSummary essex = book(TenantId.of("essex"), session, "Essie Later");
        assertThat(nora.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(cam.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(cam.waitlistPosition()).isEqualTo(1L);
        assertThat(essex.waitlistPosition()).isEqualTo(2L);

        BookingSummary cancelled = TenantScope.callAs(
                Fixtures.memberOf(Fixtures.NORWICH), () -> bookings.cancel(officer(Fixtures.NORWICH), nora.id()));

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        BookingSummary camNow =
                TenantScope.callAs(Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> bookings.ourBooking(cam.id()));
        assertThat(camNow.status()).isEqualTo(BookingStatus.CONFIRMED);
        BookingSummary essexNow =
                TenantScope.callAs(Fixtures.memberOf(TenantId.of("essex")), () -> bookings.ourBooking(essex.id()));
        assertThat(essexNow.waitlistPosition()).isEqualTo(1L);
        assertThat(catalogue.session(session.id()).confirmed()).isEqualTo(1);

        MimeMessage promoted = message("cam.waiting@cambridge.demo", "A place has come up");
        assertThat(calendar(promoted)).contains("METHOD:REQUEST", "STATUS:CONFIRMED", "DTSTART:");
        MimeMessage cancellation = message("nora.place@norwich.demo", "Booking cancelled");
        assertThat(calendar(cancellation)).contains("METHOD:CANCEL");
        MimeMessage waitlisted = message("essie.later@essex.demo", "On the waiting list");
        assertThat(GreenMailUtil.getBody(waitlisted)).contains("waiting list");
        MimeMessage confirmed = message("nora.place@norwich.demo", "Place confirmed");
        assertThat(calendar(confirmed)).contains("BEGIN:VEVENT", "LOCATION:Bury St Edmunds");
    }

    @Test
    void cancelling_a_waitlisted_booking_moves_the_others_up_and_frees_no_place() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 1);
        book(Fixtures.NORWICH, session, "First Person");
        BookingSummary second = book(Fixtures.CAMBRIDGE, session, "Second Person");
        BookingSummary third = book(TenantId.of("essex"), session, "Third Person");
        TenantScope.runAs(
                Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> bookings.cancel(officer(Fixtures.CAMBRIDGE), second.id()));
        BookingSummary thirdNow =
                TenantScope.callAs(Fixtures.memberOf(TenantId.of("essex")), () -> bookings.ourBooking(third.id()));
        assertThat(thirdNow.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(thirdNow.waitlistPosition()).isEqualTo(1L);
        assertThat(catalogue.session(session.id()).confirmed()).isEqualTo(1);
    }

    @Test
    void a_cancellation_after_the_cut_off_is_refused_and_the_place_is_kept() {
        SessionSummary session = CoachingFixtures.session(catalogue, 5, 25000, Duration.ofDays(5), Duration.ofDays(-1));
        BookingSummary booked = book(Fixtures.NORWICH, session, "Late Canceller");
        assertThatThrownBy(() -> TenantScope.runAs(
                        Fixtures.memberOf(Fixtures.NORWICH),
                        () -> bookings.cancel(officer(Fixtures.NORWICH), booked.id())))
                .isInstanceOf(BookingRefused.class)
                .hasMessageContaining("Cancellations for this session closed on")
                .extracting(e -> ((BookingRefused) e).code())
                .isEqualTo("after-cutoff");
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> bookings.ourBooking(booked.id()))
                        .status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(catalogue.session(session.id()).confirmed()).isEqualTo(1);
    }

    @Test
    void a_past_session_cannot_be_booked() {
        SessionSummary past = CoachingFixtures.session(catalogue, 5, 0, Duration.ofDays(-3), Duration.ofDays(-5));
        assertThatThrownBy(() -> book(Fixtures.NORWICH, past, "Too Late"))
                .isInstanceOf(BookingRefused.class)
                .hasMessageContaining("past sessions cannot be booked");
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), bookings::ourBookings))
                .isEmpty();
    }

    @Test
    void the_price_in_pence_is_kept_on_the_booking_and_confirmed_paid_places_are_billable() {
        SessionSummary paid = CoachingFixtures.session(catalogue, 1, 185000, Duration.ofDays(40), Duration.ofDays(30));
        SessionSummary free = CoachingFixtures.upcoming(catalogue, 5);
        BookingSummary place = book(Fixtures.NORWICH, paid, "Paying Delegate");
        book(Fixtures.CAMBRIDGE, paid, "Waiting Delegate");
        book(Fixtures.NORWICH, free, "Free Delegate");
        assertThat(place.pricePence()).isEqualTo(185000);
        assertThat(billables.confirmedPaidPlaces(Fixtures.staff()))
                .extracting(CoachingBillables.BillablePlace::bookingId, CoachingBillables.BillablePlace::pricePence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(place.id(), 185000L));
    }

    @Test
    void a_council_cannot_see_or_cancel_another_councils_booking() {
        SessionSummary session = CoachingFixtures.upcoming(catalogue, 3);
        BookingSummary norwich = book(Fixtures.NORWICH, session, "Norwich Person");
        assertThatThrownBy(() -> TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.CAMBRIDGE), () -> bookings.ourBooking(norwich.id())))
                .isInstanceOf(CoachingNotFound.class);
        assertThatThrownBy(() -> TenantScope.callAs(
                        Fixtures.memberOf(Fixtures.CAMBRIDGE),
                        () -> bookings.cancel(officer(Fixtures.CAMBRIDGE), norwich.id())))
                .isInstanceOf(CoachingNotFound.class);
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.CAMBRIDGE), bookings::ourBookings))
                .isEmpty();
        assertThat(TenantScope.callAs(Fixtures.memberOf(Fixtures.NORWICH), () -> bookings.ourBooking(norwich.id()))
                        .status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Inject
    CoachingBillables billables;

    private BookingSummary book(TenantId council, SessionSummary session, String name) {
        String email = name.toLowerCase().replace(' ', '.') + "@" + council + ".demo";
        return TenantScope.callAs(
                Fixtures.memberOf(council),
                () -> bookings.book(officer(council), new BookingRequest(session.id(), name, email)));
    }

    private static Caller officer(TenantId council) {
        return Fixtures.officer(council, council.value(), "Officer");
    }

    private MimeMessage message(String to, String subjectStart) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subjectStart)) {
                return m;
            }
        }
        throw new AssertionError("No message to " + to + " starting " + subjectStart);
    }

    private static String calendar(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("coaching-session.ics");
        return GreenMailUtil.getBody(parts.getBodyPart(1));
    }
}
