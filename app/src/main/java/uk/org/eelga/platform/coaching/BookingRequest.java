package uk.org.eelga.platform.coaching;

import io.micronaut.serde.annotation.Serdeable;
import uk.org.eelga.tenancy.input.FreeText;
import uk.org.eelga.tenancy.input.Text;

/** A council's request for a place for one named delegate. */
@Serdeable
public record BookingRequest(
        long sessionId,
        @FreeText(max = Text.NAME) String delegateName,
        @FreeText(max = Text.EMAIL) String delegateEmail) {}
