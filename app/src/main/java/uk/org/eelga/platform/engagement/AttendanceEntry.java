package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** One line of an attendance list: a council's seat (or delegate number) and what happened. */
@Serdeable
public record AttendanceEntry(
        @FreeText(max = 60) String councilId,
        int seat,
        AttendanceStatus status,
        @Nullable @FreeText(max = Text.NAME) String personName,
        @Nullable @FreeText(max = Text.NAME) String personEmail) {

    /** The most lines recorded at once: every council's seats at the largest meeting. */
    public static final int MAX_LINES = 2000;
}
