package uk.org.eelga.platform.engagement;

import java.net.URI;
import java.time.Instant;
import java.util.function.LongPredicate;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.input.Text;

/** A {@link NewMeeting} checked field by field, with the first problem said plainly. */
record Validated(MeetingInfo.Kind kind, String title, Instant startsAt, String place, String agendaUrl) {

    static Validated of(NewMeeting meeting, LongPredicate groupExists) {
        MeetingInfo.Kind kind = meeting.eventType() != null ? MeetingInfo.Kind.EVENT : MeetingInfo.Kind.MEETING;
        if (kind == MeetingInfo.Kind.MEETING && meeting.groupId() == null) {
            throw EngagementRefused.invalid("group-or-event-type", "Choose the group that meets, or an event type");
        }
        if (meeting.groupId() != null && !groupExists.test(meeting.groupId())) {
            throw EngagementRefused.invalid("unknown-group", "There is no such group");
        }
        String title = meeting.title() == null ? "" : meeting.title().strip();
        if (title.isEmpty() || title.length() > 200 || Text.hasControlCharacters(title, false)) {
            throw EngagementRefused.invalid("title", "Give a title of 1 to 200 characters of plain text");
        }
        if (meeting.startsAt() == null) {
            throw EngagementRefused.invalid("starts-at", "Give the date and time it starts");
        }
        if (!Dates.plausible(meeting.startsAt())) {
            throw EngagementRefused.invalid("starts-at", "Give a date between 1900 and 2199");
        }
        String place = meeting.place() == null ? "" : meeting.place().strip();
        if (place.length() > 200 || Text.hasControlCharacters(place, false)) {
            throw EngagementRefused.invalid("place", "The place can be at most 200 characters of plain text");
        }
        if (place.isEmpty() && !meeting.online()) {
            throw EngagementRefused.invalid("place", "Give a place, or say it is online");
        }
        String agenda = meeting.agendaUrl() == null ? null : meeting.agendaUrl().strip();
        if (agenda != null && agenda.isEmpty()) {
            agenda = null;
        }
        if (agenda != null && (agenda.length() > Text.URL || !isWebLink(agenda))) {
            throw EngagementRefused.invalid("agenda-url", "The agenda link must start with https:// or http://");
        }
        if (meeting.capacity() != null && (meeting.capacity() <= 0 || meeting.capacity() > NewMeeting.MAX_CAPACITY)) {
            throw EngagementRefused.invalid("capacity", "Capacity must be a whole number from 1 to 100,000, or empty");
        }
        return new Validated(kind, title, meeting.startsAt().atZone(UkTime.ZONE).toInstant(), place, agenda);
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
