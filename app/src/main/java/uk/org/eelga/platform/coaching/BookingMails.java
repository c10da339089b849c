package uk.org.eelga.platform.coaching;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.platform.mail.Mail;
import uk.org.eelga.platform.mail.MailSender;

/**
 * Tells delegates where their place stands, with an .ics attachment for confirmed and cancelled places. Sent
 * after the change has committed; a message that cannot be sent is logged and the booking stands.
 */
@Singleton
class BookingMails {

    private static final Logger LOG = LoggerFactory.getLogger(BookingMails.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final MailSender sender;
    private final Clock clock;
    private final SessionSummaries sessions;

    BookingMails(MailSender sender, Clock clock, SessionSummaries sessions) {
        this.sender = sender;
        this.clock = clock;
        this.sessions = sessions;
    }

    void booked(CoachingBooking booking, SessionSummary session) {
        if (booking.status() == BookingStatus.CONFIRMED) {
            send(new Mail(
                    booking.delegateEmail(),
                    "Place confirmed: " + session.title(),
                    greeting(booking.delegateName()) + "Your place is confirmed on " + describe(session)
                            + "\n\nThe calendar invitation is attached.",
                    List.of(IcsInvite.of(session, booking.id(), false, clock.instant()))));
        } else {
            send(new Mail(
                    booking.delegateEmail(),
                    "On the waiting list: " + session.title(),
                    greeting(booking.delegateName()) + describe(session)
                            + "\n\nThis session is full, so you are on its waiting list. If a place frees up it is"
                            + " given to the first person in line and you will get an email with the calendar"
                            + " invitation."));
        }
    }

    void cancelled(CoachingBooking booking, SessionSummary session) {
        send(new Mail(
                booking.delegateEmail(),
                "Booking cancelled: " + session.title(),
                greeting(booking.delegateName()) + "Your booking on " + describe(session) + "\n\nhas been cancelled.",
                List.of(IcsInvite.of(session, booking.id(), true, clock.instant()))));
    }

    void promoted(List<PlaceLedger.Promoted> promoted) {
        for (PlaceLedger.Promoted place : promoted) {
            SessionSummary session = sessions.session(place.sessionId());
            send(new Mail(
                    place.delegateEmail(),
                    "A place has come up: " + session.title(),
                    greeting(place.delegateName()) + "A place has come up and is now yours on " + describe(session)
                            + "\n\nThe calendar invitation is attached.",
                    List.of(IcsInvite.of(session, place.bookingId(), false, clock.instant()))));
        }
    }

    private static String greeting(String name) {
        return "Dear " + name + ",\n\n";
    }

    private static String describe(SessionSummary session) {
        return session.cohortName() + ": " + session.title() + "\n" + WHEN.format(session.startsAt()) + " at "
                + session.venue();
    }

    private void send(Mail mail) {
        try {
            sender.send(mail);
        } catch (MailSender.MailNotSent | IllegalStateException e) {
            LOG.warn("Coaching email to {} not sent: {}", mail.to(), e.getMessage());
        }
    }
}
