package uk.org.eelga.platform.communications;

import io.micronaut.serde.annotation.Serdeable;

/** One council a communication was sent to: how many of its people it was emailed to, and how many opened it. */
@Serdeable
public record CouncilReads(String councilId, String councilName, int emailed, int opened) {}
