package uk.org.eelga.platform.engagement;

/** Which councils a group expects. */
public enum Audience {
    ALL_COUNCILS("All member councils"),
    COUNTIES_AND_UNITARIES("The 11 counties and unitaries"),
    NAMED_COUNCILS("Named member councils");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
