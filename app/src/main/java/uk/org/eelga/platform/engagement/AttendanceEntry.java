package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One line of an attendance list: a council's seat (or delegate number) and what happened. */
@Serdeable
public record AttendanceEntry(
        String councilId,
        int seat,
        AttendanceStatus status,
        @Nullable String personName,
        @Nullable String personEmail) {}
