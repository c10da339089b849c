package uk.org.eelga.platform.helpline;

/** What an HR question is about. */
public enum Category {
    PAY("Pay and grading"),
    TUPE("TUPE and transfers"),
    EMPLOYMENT_LAW("Employment law"),
    PENSIONS("Pensions"),
    BENCHMARKING("Benchmarking request"),
    OTHER("Other HR question");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
