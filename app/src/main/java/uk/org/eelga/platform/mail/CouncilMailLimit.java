package uk.org.eelga.platform.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.org.eelga.shared.UkTime;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.Rows;

/**
 * How many emails a council's own actions may make the platform send: {@code eelga.mail.per-council-per-hour}
 * (200 by default) in each clock hour. A feature reserves its messages inside the transaction of the action that
 * causes them, so a refused or failed action uses nothing, and an action over the limit is refused with the time
 * it may be tried again ({@link LimitReached}). Counted per council in {@code council_mail_count} (the council's
 * own rows), so every instance of the platform shares the count.
 */
@Singleton
public class CouncilMailLimit {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int perHour;

    CouncilMailLimit(JdbcOperations jdbc, Clock clock, @Value("${eelga.mail.per-council-per-hour:200}") int perHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** The council's messages over the limit: nothing was sent or changed; try again from {@link #retryAt}. */
    public static class LimitReached extends RuntimeException {
        private final Instant retryAt;

        LimitReached(String message, Instant retryAt) {
            super(message);
            this.retryAt = retryAt;
        }

        public Instant retryAt() {
            return retryAt;
        }
    }

    public int perHour() {
        return perHour;
    }

    /**
     * Counts {@code messages} against the bound council's hour, or throws {@link LimitReached} when they would
     * pass the limit. Call inside the action's transaction, with the council bound.
     */
    public void reserve(int messages) {
        String council = CurrentTenant.require().value();
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        // one statement: concurrent reservations of one council wait for each other on the row
        boolean granted = Rows.any(
                jdbc,
                "insert into council_mail_count (tenant_id, hour, sent) values (?, ?, ?)"
                        + " on conflict (tenant_id, hour) do update set sent = council_mail_count.sent + excluded.sent"
                        + " where council_mail_count.sent + excluded.sent <= ? returning sent",
                council,
                Timestamp.from(hour),
                messages,
                perHour);
        if (!granted || messages > perHour) {
            Instant next = hour.plus(1, ChronoUnit.HOURS);
            throw new LimitReached(
                    "Your council has reached the platform's limit of " + perHour + " emails an hour, so nothing"
                            + " was done. Please try again after " + UkTime.time(next) + ".",
                    next);
        }
    }
}
