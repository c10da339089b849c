package uk.org.eelga.platform.coaching;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import uk.org.eelga.platform.mail.Mail;

/** An iCalendar (RFC 5545) invitation or cancellation for one delegate's place on a session. */
final class IcsInvite {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsInvite() {}

    static Mail.Attachment of(SessionSummary session, long bookingId, boolean cancelled, Instant now) {
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//EELGA//Member platform//EN",
                "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"),
                "BEGIN:VEVENT",
                "UID:coaching-booking-" + bookingId + "@eelga.gov.uk",
                "SEQUENCE:" + (cancelled ? 1 : 0),
                "DTSTAMP:" + UTC.format(now),
                "DTSTART:" + UTC.format(session.startsAt()),
                "DTEND:" + UTC.format(session.endsAt()),
                "SUMMARY:" + escape(session.cohortName() + ": " + session.title()),
                "LOCATION:" + escape(session.venue()),
                "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        return new Mail.Attachment(
                "coaching-session.ics", "text/calendar; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
