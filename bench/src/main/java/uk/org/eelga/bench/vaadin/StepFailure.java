package uk.org.eelga.bench.vaadin;

/** A step that did not do what a person expects: {@code kind} is the error class counted in the report. */
public final class StepFailure extends Exception {

    private final String kind;

    public StepFailure(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
