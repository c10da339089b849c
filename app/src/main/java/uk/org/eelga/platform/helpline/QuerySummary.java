package uk.org.eelga.platform.helpline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A query as its list shows it, with its service level and, once closed, the council's rating. */
@Serdeable
public record QuerySummary(
        long id,
        String councilId,
        Category category,
        String subject,
        String raisedByName,
        Instant raisedAt,
        QueryStatus status,
        Instant firstResponseDue,
        Instant resolutionDue,
        @Nullable Instant firstResponseAt,
        @Nullable Instant closedAt,
        @Nullable Integer satisfaction) {

    static QuerySummary of(HelplineQuery q) {
        return new QuerySummary(
                q.id(),
                q.tenantId(),
                q.category(),
                q.subject(),
                q.raisedByName(),
                q.raisedAt(),
                q.status(),
                q.firstResponseDue(),
                q.resolutionDue(),
                q.firstResponseAt(),
                q.closedAt(),
                q.satisfaction());
    }

    /** Whether the first response came (or, still awaited, is still due) within the service level. */
    public boolean firstResponseOnTime(Instant now) {
        return firstResponseAt != null ? !firstResponseAt.isAfter(firstResponseDue) : !now.isAfter(firstResponseDue);
    }

    /** Whether it was resolved (or, still open, can still be resolved) within the service level. */
    public boolean resolutionOnTime(Instant now) {
        return closedAt != null ? !closedAt.isAfter(resolutionDue) : !now.isAfter(resolutionDue);
    }

    public boolean awaitingRating() {
        return status == QueryStatus.CLOSED && satisfaction == null;
    }
}
