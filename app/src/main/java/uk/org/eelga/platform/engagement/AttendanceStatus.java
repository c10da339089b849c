package uk.org.eelga.platform.engagement;

import uk.org.eelga.shared.Labelled;

/** What the attendance list says of one expected seat; present and substitute count as attended. */
public enum AttendanceStatus implements Labelled {
    PRESENT,
    SUBSTITUTE,
    APOLOGIES,
    ABSENT;

    public boolean attended() {
        return this == PRESENT || this == SUBSTITUTE;
    }
}
