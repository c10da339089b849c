package uk.org.eelga.platform.coaching;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.input.Text;

/**
 * A council's bookings: its officers book named delegates, see and cancel their council's bookings. Works for the
 * bound council only; another council's booking is "not found".
 */
@Singleton
public class CoachingBookings {

    private static final Supplier<SecurityException> OWN_PEOPLE_ONLY =
            () -> new SecurityException("Only a council\'s own people book for it");

    private final PlaceLedger ledger;
    private final BookingRepository bookings;
    private final SessionSummaries sessions;
    private final BookingMails mails;
    private final JdbcOperations jdbc;
    private final SessionRepository sessionRepository;

    CoachingBookings(
            PlaceLedger ledger,
            BookingRepository bookings,
            SessionSummaries sessions,
            BookingMails mails,
            JdbcOperations jdbc,
            SessionRepository sessionRepository) {
        this.sessionRepository = sessionRepository;
        this.ledger = ledger;
        this.bookings = bookings;
        this.sessions = sessions;
        this.mails = mails;
        this.jdbc = jdbc;
    }

    /** Books a place, or a place on the waitlist when the session is full (the answer's status says which). */
    public BookingSummary book(Caller officer, BookingRequest request) {
        officer.councilOrRefuse(OWN_PEOPLE_ONLY);
        Text.check(
                "the delegate's name",
                request.delegateName(),
                Text.NAME,
                false,
                m -> new BookingRefused("delegate-name", m));
        Text.check(
                "the delegate's email address",
                request.delegateEmail(),
                Text.EMAIL,
                false,
                m -> new BookingRefused("delegate-email", m));
        PlaceLedger.Change change = ledger.book(officer, request);
        SessionSummary session = sessions.session(change.session().id());
        mails.booked(change.booking(), session);
        return ourBooking(change.booking().id());
    }

    /** Cancels up to the session's cut-off; a confirmed place passes at once to the first in line. */
    public BookingSummary cancel(Caller officer, long bookingId) {
        officer.councilOrRefuse(OWN_PEOPLE_ONLY);
        PlaceLedger.Change change = ledger.cancel(bookingId);
        mails.cancelled(change.booking(), sessions.session(change.session().id()));
        mails.promoted(change.promoted());
        return ourBooking(bookingId);
    }

    @ReadOnly
    public List<BookingSummary> ourBookings() {
        CurrentTenant.require();
        Map<Long, Long> positions = waitlistPositions();
        List<CoachingBooking> ours = bookings.findAllOrderByBookedAtDesc();
        Map<Long, SessionSummary> byId = new HashMap<>();
        for (SessionSummary s : sessions.of(sessionsOf(ours))) {
            byId.put(s.id(), s);
        }
        return ours.stream()
                .map(b -> summary(b, byId.get(b.sessionId()), positions.get(b.id())))
                .toList();
    }

    @ReadOnly
    public BookingSummary ourBooking(long bookingId) {
        CurrentTenant.require();
        CoachingBooking booking =
                bookings.findById(bookingId).orElseThrow(() -> new CoachingNotFound("No such booking"));
        return summary(
                booking,
                sessions.session(booking.sessionId()),
                waitlistPositions().get(bookingId));
    }

    private List<CoachingSession> sessionsOf(List<CoachingBooking> ours) {
        List<Long> ids =
                ours.stream().map(CoachingBooking::sessionId).distinct().toList();
        return ids.isEmpty() ? List.of() : sessionRows(ids);
    }

    private List<CoachingSession> sessionRows(List<Long> ids) {
        return sessionRepository.findByIdIn(ids);
    }

    /** The bound council's waitlisted bookings and their place in line (counting every council's). */
    private Map<Long, Long> waitlistPositions() {
        Map<Long, Long> positions = new HashMap<>();
        Rows.each(
                jdbc,
                "select w.booking_id, (select count(*) from coaching_waitlist ahead where ahead.session_id = w.session_id"
                        + " and ahead.position <= w.position) from coaching_waitlist w where w.tenant_id = ?",
                rows -> positions.put(rows.getLong(1), rows.getLong(2)),
                CurrentTenant.require().value());
        return positions;
    }

    static BookingSummary summary(CoachingBooking b, SessionSummary s, Long position) {
        return new BookingSummary(
                b.id(),
                b.tenantId(),
                b.sessionId(),
                s.title(),
                s.cohortName(),
                s.startsAt(),
                s.cancellationCutoff(),
                b.delegateName(),
                b.delegateEmail(),
                b.status(),
                b.status() == BookingStatus.WAITLISTED ? position : null,
                b.pricePence(),
                b.bookedAt(),
                b.attended(),
                b.completed(),
                uk.org.eelga.shared.EnteredFrom.label(b.enteredBy(), b.enteredFrom(), b.enteredOn()));
    }
}
