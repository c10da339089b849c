package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** What staff record about a communication; checked by {@link Communications}. */
public record CommunicationDetails(
        @Nullable CommunicationKind kind,
        @Nullable Topic topic,
        @Nullable String title,
        @Nullable String summary,
        @Nullable String link,
        @Nullable LocalDate publishedOn,
        @Nullable Integer recipients,
        @Nullable Long lgaExecutiveMeetingId,
        @Nullable Long meetingId) {}
