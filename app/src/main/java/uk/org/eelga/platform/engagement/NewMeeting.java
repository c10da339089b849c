package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;

/**
 * What staff enter to plan a group meeting (groupId set, eventType null) or an event (eventType set; groupId
 * optional). Times are UK local time.
 */
@Serdeable
public record NewMeeting(
        @Nullable Long groupId,
        @Nullable EventType eventType,
        String title,
        LocalDateTime startsAt,
        @Nullable String place,
        boolean online,
        @Nullable String agendaUrl,
        @Nullable Integer capacity) {}
