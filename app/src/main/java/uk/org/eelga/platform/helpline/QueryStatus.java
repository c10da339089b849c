package uk.org.eelga.platform.helpline;

/** Where a query stands, and whose move it is. */
public enum QueryStatus {
    AWAITING_ADVISER("With the association's advisers"),
    AWAITING_COUNCIL("Question back to the council"),
    ANSWERED("Answered"),
    CLOSED("Closed");

    private final String label;

    QueryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
