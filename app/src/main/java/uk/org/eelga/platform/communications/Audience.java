package uk.org.eelga.platform.communications;

/** Which councils a communication written to send goes to; resolved to the member councils when it is sent. */
public enum Audience {
    ALL_COUNCILS("Every member council"),
    COUNTIES_UNITARIES("The county and unitary councils"),
    NAMED_COUNCILS("Named councils");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
