package uk.org.eelga.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one iCalendar (RFC 5545) event as an iTIP (RFC 5546) message: METHOD:REQUEST for an invitation and
 * METHOD:CANCEL for its cancellation, with the same UID and a higher SEQUENCE, so a calendar (Outlook included)
 * replaces the invitation instead of adding a second event. Text values are escaped (backslash, semicolon, comma,
 * line breaks); parameter values (a name) are quoted and cannot carry quotes or line breaks; every content line
 * is folded at 75 octets without splitting a UTF-8 character, and lines end with CRLF.
 */
public final class Ics {

    static final int FOLD_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** REQUEST (an invitation or an update of it) or CANCEL. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    /**
     * One event. {@code uid} is stable for what it describes (one booking); {@code sequence} grows with each
     * message about it (a cancellation's is higher than the invitation's).
     */
    public record Event(
            Method method,
            String uid,
            int sequence,
            Instant stamp,
            Instant start,
            Instant end,
            String summary,
            String location,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {

        public Event {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(organizerEmail, "organizerEmail");
            Objects.requireNonNull(attendeeEmail, "attendeeEmail");
            if (sequence < 0) {
                throw new IllegalArgumentException("SEQUENCE is never negative");
            }
        }
    }

    private Ics() {}

    /** The calendar object, folded and CRLF-terminated. */
    public static String write(Event event) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//East of England LGA//Member platform//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + event.method());
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(event.uid()));
        lines.add("SEQUENCE:" + event.sequence());
        lines.add("DTSTAMP:" + UTC.format(event.stamp()));
        lines.add("DTSTART:" + UTC.format(event.start()));
        lines.add("DTEND:" + UTC.format(event.end()));
        lines.add("SUMMARY:" + text(event.summary()));
        lines.add("LOCATION:" + text(event.location()));
        lines.add("ORGANIZER;CN=" + param(event.organizerName()) + ":mailto:" + address(event.organizerEmail()));
        lines.add("ATTENDEE;CN=" + param(event.attendeeName())
                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + address(event.attendeeEmail()));
        lines.add("STATUS:" + (event.method() == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    /** As a mail attachment, with the iTIP method in its content type (what Outlook looks for). */
    public static Mail.Attachment attachment(Event event, String fileName) {
        return new Mail.Attachment(
                fileName,
                "text/calendar; charset=UTF-8; method=" + event.method(),
                write(event).getBytes(StandardCharsets.UTF_8));
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped; any line break becomes \n. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * A parameter value (RFC 5545 3.2): always in double quotes, which it may not contain, and no control
     * characters; parameter values have no escapes, so those are replaced.
     */
    static String param(String value) {
        String clean = value == null ? "" : MailText.plain(value).replace('"', '\'');
        return "\"" + clean + "\"";
    }

    /** An address for a mailto: URI: refused if it could break out of the line or the property. */
    static String address(String email) {
        if (!email.matches("[^\\s\"<>;:,\\\\]+@[^\\s\"<>;:,\\\\]+")) {
            throw new IllegalArgumentException("Not a plain email address: " + MailText.plain(email));
        }
        return email;
    }

    /** Folds a content line (RFC 5545 3.1): at most 75 octets a line, continuations start with one space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
