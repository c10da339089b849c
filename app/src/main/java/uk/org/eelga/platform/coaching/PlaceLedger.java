package uk.org.eelga.platform.coaching;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.org.eelga.platform.mail.CouncilMailLimit;
import uk.org.eelga.platform.mail.DelegateAddresses;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * Gives out, takes back and passes on places: exactly once, even when many councils book at the same moment.
 *
 * <p>Why a counter on the shared session row and a shared waitlist of ids. Under row-level security a council
 * cannot see other councils' bookings, so counting confirmed bookings would count only its own. Instead every
 * change of places locks the session row ({@code select ... for update}), which serialises bookings and
 * cancellations of one session across all councils, and keeps {@code confirmed_count} on that row in the same
 * transaction as the booking it counts. The order of the waitlist lives in the shared {@code coaching_waitlist}
 * (session, council, booking id: no names), so a freed place goes to the first in line whichever council it is.
 * The bookings themselves, with the delegates' names and emails, stay tenant-owned. A security-definer function
 * was the alternative, but the schema owner is itself subject to the forced policies, so it would have needed a
 * role with its own cross-council policy; the counter keeps the cross-council knowledge to two numbers and ids.
 *
 * <p>Promotion writes another council's booking: only here, only from WAITLISTED to CONFIRMED, with the tenant
 * setting switched for that one statement (transaction-local) so the row-level-security check still applies.
 */
@Singleton
class PlaceLedger {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final DelegateAddresses addresses;
    private final CouncilMailLimit mailLimit;

    PlaceLedger(
            SessionRepository sessions,
            BookingRepository bookings,
            JdbcOperations jdbc,
            Clock clock,
            DelegateAddresses addresses,
            CouncilMailLimit mailLimit) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.addresses = addresses;
        this.mailLimit = mailLimit;
    }

    /** A booking made or changed, the session it is on and, after a cancellation, the place passed on. */
    record Change(CoachingBooking booking, CoachingSession session, List<Promoted> promoted) {}

    /** A waitlisted booking (of any council) that has just been given a place. */
    record Promoted(long bookingId, String councilId, String delegateName, String delegateEmail, long sessionId) {}

    @Transactional
    Change book(Caller bookedBy, BookingRequest request) {
        CurrentTenant.require();
        String name =
                request.delegateName() == null ? "" : request.delegateName().trim();
        String email =
                request.delegateEmail() == null ? "" : request.delegateEmail().trim();
        if (name.isEmpty() || name.length() > 200) {
            throw new BookingRefused("delegate-name", "Give the delegate's name (up to 200 characters).");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new BookingRefused("delegate-email", "Give the delegate's email address, like name@council.gov.uk.");
        }
        if (!addresses.allowed(email)) {
            throw new BookingRefused("delegate-domain", addresses.refusal());
        }
        CoachingSession session =
                sessions.lockById(request.sessionId()).orElseThrow(() -> new CoachingNotFound("No such session"));
        Instant now = clock.instant();
        if (!session.startsAt().isAfter(now)) {
            throw new BookingRefused(
                    "session-in-past",
                    "This session began on " + UkTime.dateTime(session.startsAt())
                            + ": past sessions cannot be booked.");
        }
        if (bookings.existsBySessionIdAndDelegateEmailIlikeAndStatusNotEqual(
                session.id(), email, BookingStatus.CANCELLED)) {
            throw new BookingRefused(
                    "already-booked", name + " (" + email + ") already has a booking on this session.");
        }
        Integer allowance = session.allowancePerCouncil();
        if (allowance != null) {
            long held = bookings.countBySessionIdAndStatus(session.id(), BookingStatus.CONFIRMED)
                    + bookings.countBySessionIdAndStatus(session.id(), BookingStatus.WAITLISTED);
            if (held >= allowance) {
                throw new BookingRefused(
                        "allowance-used",
                        "Your council has used its allowance of " + allowance + " place" + (allowance == 1 ? "" : "s")
                                + " on this session; cancel one of your bookings to book someone else.");
            }
        }
        reserveMail(); // the confirmation or waiting-list email
        boolean placeFree = session.confirmedCount() < session.capacity();
        CoachingBooking booking = bookings.save(new CoachingBooking(
                null,
                null,
                session.id(),
                name,
                email,
                placeFree ? BookingStatus.CONFIRMED : BookingStatus.WAITLISTED,
                session.pricePence(),
                bookedBy.subject(),
                bookedBy.email(),
                now,
                placeFree ? now : null,
                null,
                null,
                false,
                null,
                null,
                null));
        if (placeFree) {
            sessions.addConfirmed(session.id(), 1);
        } else {
            Rows.update(
                    jdbc,
                    "insert into coaching_waitlist (session_id, tenant_id, booking_id) values (?, ?, ?)",
                    session.id(),
                    booking.tenantId(),
                    booking.id());
        }
        return new Change(booking, session, List.of());
    }

    @Transactional
    Change cancel(long bookingId) {
        CurrentTenant.require();
        CoachingBooking seen = bookings.findById(bookingId).orElseThrow(() -> new CoachingNotFound("No such booking"));
        CoachingSession session = sessions.lockById(seen.sessionId()).orElseThrow();
        CoachingBooking booking =
                bookings.lockById(bookingId).orElseThrow(() -> new CoachingNotFound("No such booking"));
        if (booking.status() == BookingStatus.CANCELLED) {
            throw new BookingRefused("already-cancelled", "This booking is already cancelled.");
        }
        Instant now = clock.instant();
        if (now.isAfter(session.cancellationCutoff())) {
            throw new BookingRefused(
                    "after-cutoff",
                    "Cancellations for this session closed on " + UkTime.dateTime(session.cancellationCutoff())
                            + ". Please contact the association's coaching team.");
        }
        reserveMail(); // the cancellation email
        CoachingBooking cancelled = bookings.update(new CoachingBooking(
                booking.id(),
                booking.tenantId(),
                booking.sessionId(),
                booking.delegateName(),
                booking.delegateEmail(),
                BookingStatus.CANCELLED,
                booking.pricePence(),
                booking.bookedBySubject(),
                booking.bookedByEmail(),
                booking.bookedAt(),
                booking.confirmedAt(),
                now,
                booking.attended(),
                booking.completed(),
                booking.enteredBy(),
                booking.enteredFrom(),
                booking.enteredOn()));
        List<Promoted> promoted = new ArrayList<>();
        if (booking.status() == BookingStatus.CONFIRMED) {
            sessions.addConfirmed(session.id(), -1);
            promoteNext(session.id()).ifPresent(promoted::add);
        } else {
            Rows.update(
                    jdbc,
                    "delete from coaching_waitlist where booking_id = ? and tenant_id = ?",
                    booking.id(),
                    booking.tenantId());
        }
        return new Change(cancelled, session, promoted);
    }

    /** Counts one email against the bound council's hourly limit, or refuses the action (nothing is changed). */
    private void reserveMail() {
        try {
            mailLimit.reserve(1);
        } catch (CouncilMailLimit.LimitReached e) {
            throw new BookingRefused("mail-limit", e.getMessage());
        }
    }

    /** Staff change a session: never below its confirmed places; places added go to the first in line. */
    @Transactional
    List<Promoted> update(long sessionId, SessionDraft draft) {
        CoachingSession session =
                sessions.lockById(sessionId).orElseThrow(() -> new CoachingNotFound("No such session"));
        if (draft.capacity() < session.confirmedCount()) {
            throw new BookingRefused(
                    "capacity-below-confirmed",
                    (session.confirmedCount() == 1 ? "1 place is" : session.confirmedCount() + " places are")
                            + " confirmed: the capacity cannot be less than that.");
        }
        sessions.update(CoachingSession.of(session.id(), draft, session.confirmedCount()));
        List<Promoted> promoted = new ArrayList<>();
        for (int free = draft.capacity() - session.confirmedCount(); free > 0; free--) {
            Optional<Promoted> next = promoteNext(sessionId);
            if (next.isEmpty()) {
                break;
            }
            promoted.add(next.get());
        }
        return promoted;
    }

    /** Must run with the session row locked. Takes the first in line off the waitlist and confirms its booking. */
    private Optional<Promoted> promoteNext(long sessionId) {
        while (true) {
            Optional<String[]> head = jdbc.prepareStatement(
                    "delete from coaching_waitlist where position = (select position from coaching_waitlist"
                            + " where session_id = ? order by position limit 1) returning tenant_id, booking_id",
                    select -> {
                        select.setLong(1, sessionId);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next()
                                    ? Optional.of(new String[] {row.getString(1), Long.toString(row.getLong(2))})
                                    : Optional.<String[]>empty();
                        }
                    });
            if (head.isEmpty()) {
                return Optional.empty();
            }
            String council = head.get()[0];
            long bookingId = Long.parseLong(head.get()[1]);
            Optional<Promoted> promoted = confirmAs(council, bookingId, sessionId);
            if (promoted.isPresent()) {
                sessions.addConfirmed(sessionId, 1);
                return promoted;
            }
            // a stale entry (its booking no longer waitlisted): take the next one
        }
    }

    /**
     * Confirms a waitlisted booking of the council first in line, which may not be the bound one: for this statement
     * the transaction acts as that council ({@link TenantScope#inTransactionAs}), so row-level security lets it
     * confirm exactly that council's booking.
     */
    private Optional<Promoted> confirmAs(String council, long bookingId, long sessionId) {
        return jdbc.execute(connection -> TenantScope.inTransactionAs(connection, TenantId.of(council), bound -> {
            try (java.sql.PreparedStatement update =
                    bound.prepareStatement("update coaching_booking set status = 'CONFIRMED', confirmed_at = ?"
                            + " where id = ? and tenant_id = ? and status = 'WAITLISTED'"
                            + " returning delegate_name, delegate_email")) {
                update.setObject(1, java.sql.Timestamp.from(clock.instant()));
                update.setLong(2, bookingId);
                update.setString(3, council);
                try (ResultSet row = update.executeQuery()) {
                    return row.next()
                            ? Optional.of(
                                    new Promoted(bookingId, council, row.getString(1), row.getString(2), sessionId))
                            : Optional.<Promoted>empty();
                }
            }
        }));
    }
}
