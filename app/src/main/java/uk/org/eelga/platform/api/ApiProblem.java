package uk.org.eelga.platform.api;

import io.micronaut.serde.annotation.Serdeable;

/** An error the API answers with: a stable code for programs and a sentence for people. */
@Serdeable
public record ApiProblem(String code, String message) {}
