package uk.org.eelga.platform.coaching;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CohortSummary(long id, Programme programme, String name, String description) {}
