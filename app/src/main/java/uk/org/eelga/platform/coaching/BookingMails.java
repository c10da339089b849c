package uk.org.eelga.platform.coaching;

import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.mail.Ics;
import uk.org.eelga.platform.mail.Mail;
import uk.org.eelga.platform.mail.MailSender;
import uk.org.eelga.platform.mail.MailSettings;
import uk.org.eelga.platform.mail.MailText;
import uk.org.eelga.shared.UkTime;

/**
 * Tells delegates where their place stands, with a calendar invitation (METHOD:REQUEST) for a confirmed place and
 * its cancellation (METHOD:CANCEL, same UID, higher SEQUENCE) when a confirmed place is cancelled. Every message
 * opens in the platform's own words; what a council typed (the delegate's name) appears only as quoted data after
 * a label. Sent after the change has committed; a message that cannot be sent is logged and the booking stands.
 */
@Singleton
class BookingMails {

    /** The invitation of a place; a cancellation of it is the next revision. */
    static final int INVITATION_SEQUENCE = 0;

    static final int CANCELLATION_SEQUENCE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(BookingMails.class);

    private final MailSender sender;
    private final Clock clock;
    private final SessionSummaries sessions;
    private final InternetAddress organizer;

    BookingMails(MailSender sender, Clock clock, SessionSummaries sessions, MailSettings settings) {
        this.sender = sender;
        this.clock = clock;
        this.sessions = sessions;
        this.organizer = organizer(settings.from());
    }

    void booked(CoachingBooking booking, SessionSummary session) {
        if (booking.status() == BookingStatus.CONFIRMED) {
            send(() -> new Mail(
                    booking.delegateEmail(),
                    "Place confirmed: " + MailText.plain(session.title()),
                    "The East of England LGA has confirmed a place on a coaching session.\n\n"
                            + describe(session, booking.delegateName(), booking.bookedByEmail())
                            + "\n\nThe calendar invitation is attached.\n\nEast of England LGA\n",
                    List.of(invitation(session, booking.id(), booking.delegateName(), booking.delegateEmail()))));
        } else {
            send(() -> new Mail(
                    booking.delegateEmail(),
                    "On the waiting list: " + MailText.plain(session.title()),
                    "The East of England LGA has put a booking on the waiting list of a full coaching session.\n\n"
                            + describe(session, booking.delegateName(), booking.bookedByEmail())
                            + "\n\nIf a place frees up it is given to the first person in line, and an email with"
                            + " the calendar invitation follows.\n\nEast of England LGA\n"));
        }
    }

    void cancelled(CoachingBooking booking, SessionSummary session) {
        boolean hadPlace = booking.confirmedAt() != null;
        send(() -> new Mail(
                booking.delegateEmail(),
                "Booking cancelled: " + MailText.plain(session.title()),
                "The East of England LGA has cancelled a booking on a coaching session.\n\n"
                        + describe(session, booking.delegateName(), booking.bookedByEmail())
                        + (hadPlace ? "\n\nThe attached calendar update removes the session from the calendar." : "")
                        + "\n\nEast of England LGA\n",
                hadPlace
                        ? List.of(Ics.attachment(
                                event(
                                        Ics.Method.CANCEL,
                                        CANCELLATION_SEQUENCE,
                                        session,
                                        booking.id(),
                                        booking.delegateName(),
                                        booking.delegateEmail()),
                                "coaching-session.ics"))
                        : List.of()));
    }

    void promoted(List<PlaceLedger.Promoted> promoted) {
        for (PlaceLedger.Promoted place : promoted) {
            SessionSummary session = sessions.session(place.sessionId());
            send(() -> new Mail(
                    place.delegateEmail(),
                    "A place has come up: " + MailText.plain(session.title()),
                    "The East of England LGA has given a waiting-list booking a place on a coaching session.\n\n"
                            + describe(session, place.delegateName(), null)
                            + "\n\nThe calendar invitation is attached.\n\nEast of England LGA\n",
                    List.of(invitation(session, place.bookingId(), place.delegateName(), place.delegateEmail()))));
        }
    }

    private Mail.Attachment invitation(SessionSummary session, long bookingId, String name, String email) {
        return Ics.attachment(
                event(Ics.Method.REQUEST, INVITATION_SEQUENCE, session, bookingId, name, email),
                "coaching-session.ics");
    }

    private Ics.Event event(
            Ics.Method method, int sequence, SessionSummary session, long bookingId, String name, String email) {
        return new Ics.Event(
                method,
                uid(bookingId),
                sequence,
                clock.instant(),
                session.startsAt(),
                session.endsAt(),
                session.cohortName() + ": " + session.title(),
                session.venue(),
                organizer.getPersonal() == null ? "East of England LGA" : organizer.getPersonal(),
                organizer.getAddress(),
                name,
                email);
    }

    /** One UID per booking, whatever is sent about it. */
    static String uid(long bookingId) {
        return "coaching-booking-" + bookingId + "@eelga.gov.uk";
    }

    private static String describe(SessionSummary session, String delegateName, String bookedBy) {
        return "Session: " + MailText.plain(session.cohortName() + ": " + session.title()) + "\n"
                + "When: " + UkTime.dayDateTime(session.startsAt()) + "\n"
                + "Where: " + MailText.plain(session.venue()) + "\n"
                + "Delegate, as named by the council: " + MailText.quoted(delegateName)
                + (bookedBy == null ? "" : "\nBooked by: " + MailText.quoted(bookedBy));
    }

    private static InternetAddress organizer(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("eelga.mail.from is not an email address: " + from, e);
        }
    }

    private void send(java.util.function.Supplier<Mail> mail) {
        try {
            Mail message = mail.get();
            sender.send(message);
        } catch (MailSender.MailNotSent | IllegalStateException | IllegalArgumentException e) {
            LOG.warn("A coaching email was not sent: {}", e.getMessage());
        }
    }
}
