package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A line of the attendance list staff see: who is expected (or registered) and what was recorded, if anything. */
@Serdeable
public record AttendanceLine(
        String councilId,
        String councilName,
        int seat,
        @Nullable AttendanceStatus status,
        @Nullable String personName,
        @Nullable String personEmail) {

    public AttendanceEntry asEntry(AttendanceStatus newStatus) {
        return new AttendanceEntry(councilId, seat, newStatus, personName, personEmail);
    }
}
