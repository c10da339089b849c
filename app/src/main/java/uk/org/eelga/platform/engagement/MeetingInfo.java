package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A group meeting or an event, as everyone may see it. */
@Serdeable
public record MeetingInfo(
        long id,
        Kind kind,
        @Nullable Long groupId,
        @Nullable String groupName,
        @Nullable EventType eventType,
        String title,
        Instant startsAt,
        String place,
        boolean online,
        @Nullable String agendaUrl,
        @Nullable Integer capacity,
        int registeredCount,
        @Nullable String cancelledReason) {

    public enum Kind {
        MEETING,
        EVENT
    }

    public boolean cancelled() {
        return cancelledReason != null;
    }

    /** Places left for registration, or null when the event has no capacity limit. */
    public Integer placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - registeredCount);
    }
}
