package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * What staff enter to correct a planned meeting or event: everything of a {@link NewMeeting} but what it is, its
 * group and its event type, which stay as planned. Times are UK local time; checked as a new meeting is.
 */
@Serdeable
public record MeetingCorrection(
        @FreeText(max = Text.NAME) String title,
        @PlausibleDate LocalDateTime startsAt,
        @Nullable @FreeText(max = Text.NAME) String place,
        boolean online,
        @Nullable @FreeText(max = Text.URL) String agendaUrl,
        @Nullable Integer capacity) {

    /** The meeting as planned, with these details: what {@link Validated} checks. */
    NewMeeting of(MeetingInfo planned) {
        return new NewMeeting(
                planned.groupId(), planned.eventType(), title, startsAt, place, online, agendaUrl, capacity);
    }
}
