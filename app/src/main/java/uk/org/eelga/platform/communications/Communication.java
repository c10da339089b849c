package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A communication: recorded by hand ({@code audience} null: what was sent or published outside the platform), or
 * written to send through the platform (an audience; {@code publishedOn} and {@code sentAt} once it is sent, {@code
 * deliveredAt} once every email has gone). {@code briefedFor} names the meeting a briefing was for.
 */
@Serdeable
public record Communication(
        long id,
        CommunicationKind kind,
        Topic topic,
        String title,
        String summary,
        @Nullable String link,
        @Nullable LocalDate publishedOn,
        int recipients,
        @Nullable Long lgaExecutiveMeetingId,
        @Nullable Long meetingId,
        @Nullable String briefedFor,
        String recordedBy,
        @Nullable Audience audience,
        int councils,
        @Nullable Instant sentAt,
        @Nullable Instant deliveredAt) {

    /** Written to send and not sent yet. */
    public boolean draft() {
        return audience != null && sentAt == null;
    }
}
