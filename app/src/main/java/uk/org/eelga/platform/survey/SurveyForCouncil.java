package uk.org.eelga.platform.survey;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A survey in a council's list, with where the council (or the person) stands. */
@Serdeable
public record SurveyForCouncil(
        long id,
        String title,
        SurveyKind kind,
        SurveyMode mode,
        boolean anonymous,
        Instant closesAt,
        ResponseStatus status) {}
