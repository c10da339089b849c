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
        return new HelplineQuery(
                id,
                tenantId,
                category,
                subject,
                raisedBySubject,
                raisedByName,
                raisedByEmail,
                raisedAt,
                to,
                firstResponseDue,
                resolutionDue,
                firstResponse,
                closedAt,
                closedByName,
                satisfaction,
                satisfactionComment,
                ratedAt);
    }

    HelplineQuery closed(Instant at, String by) {
        return new HelplineQuery(
                id,
                tenantId,
                category,
                subject,
                raisedBySubject,
                raisedByName,
                raisedByEmail,
                raisedAt,
                QueryStatus.CLOSED,
                firstResponseDue,
                resolutionDue,
                firstResponseAt,
                at,
                by,
                satisfaction,
                satisfactionComment,
                ratedAt);
    }

    HelplineQuery rated(int rating, String comment, Instant at) {
        return new HelplineQuery(
                id,
                tenantId,
                category,
                subject,
                raisedBySubject,
                raisedByName,
                raisedByEmail,
                raisedAt,
                status,
                firstResponseDue,
                resolutionDue,
                firstResponseAt,
                closedAt,
                closedByName,
                rating,
                comment,
                at);
    }
}
