package uk.org.eelga.tenancy.council;

/** The tier of a member council; some networks are only for counties and unitaries. */
public enum CouncilKind {
    COUNTY("County"),
    UNITARY("Unitary"),
    DISTRICT("District");

    private final String label;

    CouncilKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
