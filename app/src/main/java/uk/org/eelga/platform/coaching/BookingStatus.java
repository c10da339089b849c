package uk.org.eelga.platform.coaching;

import uk.org.eelga.shared.Labelled;

/** Where a booking stands; each has a word people read (never a colour alone). */
public enum BookingStatus implements Labelled {
    CONFIRMED,
    WAITLISTED,
    CANCELLED;
}
