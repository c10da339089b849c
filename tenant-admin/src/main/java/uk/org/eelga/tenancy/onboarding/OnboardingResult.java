package uk.org.eelga.tenancy.onboarding;

import io.micronaut.serde.annotation.Serdeable;

/** Where an onboarding got to: ACTIVE when complete, otherwise the last step done and what went wrong. */
@Serdeable
public record OnboardingResult(String councilId, String status, String lastStep, String message) {}
