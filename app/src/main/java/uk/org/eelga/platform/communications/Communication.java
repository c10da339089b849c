package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A recorded communication; {@code briefedFor} names the meeting a briefing was for. */
@Serdeable
public record Communication(
        long id,
        CommunicationKind kind,
        Topic topic,
        String title,
        String summary,
        @Nullable String link,
        LocalDate publishedOn,
        int recipients,
        @Nullable Long lgaExecutiveMeetingId,
        @Nullable Long meetingId,
        @Nullable String briefedFor,
        String recordedBy) {}
