package uk.org.eelga.platform.engagement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.PlausibleDate;
import uk.org.eelga.tenancy.input.Text;

/**
 * What staff enter to plan a group meeting (groupId set, eventType null) or an event (eventType set; groupId
 * optional). Times are UK local time. The limits are checked again by {@link Validated}.
 */
@Serdeable
public record NewMeeting(
        @Nullable Long groupId,
        @Nullable EventType eventType,
        @FreeText(max = Text.NAME) String title,
        @PlausibleDate LocalDateTime startsAt,
        @Nullable @FreeText(max = Text.NAME) String place,
        boolean online,
        @Nullable @FreeText(max = Text.URL) String agendaUrl,
        @Nullable Integer capacity) {

    /** The most delegates an event can take. */
    public static final int MAX_CAPACITY = 100_000;
}
