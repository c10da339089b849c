package uk.org.eelga.platform.survey;

/** Where a council (or person) stands with a survey; pages show the word, never a colour alone. */
public enum ResponseStatus {
    NOT_STARTED("Not started"),
    DRAFT("Draft"),
    SUBMITTED("Submitted");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
