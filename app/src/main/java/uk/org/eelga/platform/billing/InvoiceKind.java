package uk.org.eelga.platform.billing;

/** What an invoice is for. */
public enum InvoiceKind {
    MEMBERSHIP("Membership"),
    TALENT_BANK("Talent Bank"),
    COACHING("Coaching programme"),
    OTHER("Other");

    private final String label;

    InvoiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
