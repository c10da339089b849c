package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A meeting a briefing is for (an LGA Executive meeting, or a meeting of one of the association's groups) and the
 * briefing recorded for it, if any: briefed in time when published on or before the meeting's day.
 */
@Serdeable
public record BriefedMeeting(
        long id,
        String body,
        LocalDate meetsOn,
        @Nullable String note,
        @Nullable String briefing,
        @Nullable LocalDate briefedOn) {

    public boolean briefedInTime() {
        return briefedOn != null && !briefedOn.isAfter(meetsOn);
    }
}
