package uk.org.eelga.platform.helpline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import java.time.Instant;

/** A council's HR question and where it stands (tenant-owned); its messages are {@link HelplineMessage}s. */
@MappedEntity("helpline_query")
record HelplineQuery(
        @Id @GeneratedValue @Nullable Long id,
        @TenantId @Nullable String tenantId,
        Category category,
        String subject,
        String raisedBySubject,
        String raisedByName,
        String raisedByEmail,
        Instant raisedAt,
        QueryStatus status,
        Instant firstResponseDue,
        Instant resolutionDue,
        @Nullable Instant firstResponseAt,
        @Nullable Instant closedAt,
        @Nullable String closedByName,
        @Nullable Integer satisfaction,
        @Nullable String satisfactionComment,
        @Nullable Instant ratedAt) {

    HelplineQuery moved(QueryStatus to, @Nullable Instant firstResponse) {
        return with(to, firstResponse, closedAt, closedByName, satisfaction, satisfactionComment, ratedAt);
    }

    HelplineQuery closed(Instant at, String by) {
        return with(QueryStatus.CLOSED, firstResponseAt, at, by, satisfaction, satisfactionComment, ratedAt);
    }

    HelplineQuery rated(int rating, String comment, Instant at) {
        return with(status, firstResponseAt, closedAt, closedByName, rating, comment, at);
    }

    /** This query with what its steps change; what it was raised with never changes. */
    private HelplineQuery with(
            QueryStatus newStatus,
            @Nullable Instant newFirstResponseAt,
            @Nullable Instant newClosedAt,
            @Nullable String newClosedByName,
            @Nullable Integer newSatisfaction,
            @Nullable String newSatisfactionComment,
            @Nullable Instant newRatedAt) {
        return new HelplineQuery(
                id,
                tenantId,
                category,
                subject,
                raisedBySubject,
                raisedByName,
                raisedByEmail,
                raisedAt,
                newStatus,
                firstResponseDue,
                resolutionDue,
                newFirstResponseAt,
                newClosedAt,
                newClosedByName,
                newSatisfaction,
                newSatisfactionComment,
                newRatedAt);
    }
}
