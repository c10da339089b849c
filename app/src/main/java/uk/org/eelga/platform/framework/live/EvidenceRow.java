package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One record behind a figure: which council (when it is a council's record), what it is, and a detail such as
 * "attended" or "3 people". {@code counted} says whether it counts towards the numerator.
 */
@Serdeable
public record EvidenceRow(@Nullable String councilId, String label, String detail, boolean counted) {}
