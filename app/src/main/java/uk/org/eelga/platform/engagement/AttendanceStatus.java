package uk.org.eelga.platform.engagement;

/** What the attendance list says of one expected seat; present and substitute count as attended. */
public enum AttendanceStatus {
    PRESENT("Present"),
    SUBSTITUTE("Substitute"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean attended() {
        return this == PRESENT || this == SUBSTITUTE;
    }
}
