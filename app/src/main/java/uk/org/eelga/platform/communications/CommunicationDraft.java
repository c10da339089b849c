package uk.org.eelga.platform.communications;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What staff write to send through the platform: what it is, its text, and whom it is for (the named councils' ids
 * when the audience is {@link Audience#NAMED_COUNCILS}). Checked by {@link CommunicationSending}.
 */
public record CommunicationDraft(
        @Nullable CommunicationKind kind,
        @Nullable Topic topic,
        @Nullable String title,
        @Nullable String text,
        @Nullable String link,
        @Nullable Audience audience,
        @Nullable List<String> councils) {}
