package uk.org.eelga.platform.engagement;

import java.net.URI;
import java.time.Instant;
import java.util.function.LongPredicate;

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
        if (title.isEmpty() || title.length() > 200) {
            throw EngagementRefused.invalid("title", "Give a title of 1 to 200 characters");
        }
        if (meeting.startsAt() == null) {
            throw EngagementRefused.invalid("starts-at", "Give the date and time it starts");
        }
        String place = meeting.place() == null ? "" : meeting.place().strip();
        if (place.length() > 200) {
            throw EngagementRefused.invalid("place", "The place can be at most 200 characters");
        }
        if (place.isEmpty() && !meeting.online()) {
            throw EngagementRefused.invalid("place", "Give a place, or say it is online");
        }
        String agenda = meeting.agendaUrl() == null ? null : meeting.agendaUrl().strip();
        if (agenda != null && agenda.isEmpty()) {
            agenda = null;
        }
        if (agenda != null && !isWebLink(agenda)) {
            throw EngagementRefused.invalid("agenda-url", "The agenda link must start with https:// or http://");
        }
        if (meeting.capacity() != null && meeting.capacity() <= 0) {
            throw EngagementRefused.invalid("capacity", "Capacity must be a whole number above zero, or empty");
        }
        return new Validated(
                kind, title, meeting.startsAt().atZone(ReportingPeriod.UK).toInstant(), place, agenda);
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
