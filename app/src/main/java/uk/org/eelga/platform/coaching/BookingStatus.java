package uk.org.eelga.platform.coaching;

/** Where a booking stands; each has a word people read (never a colour alone). */
public enum BookingStatus {
    CONFIRMED("Confirmed"),
    WAITLISTED("Waitlisted"),
    CANCELLED("Cancelled");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
