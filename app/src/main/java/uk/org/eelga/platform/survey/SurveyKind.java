package uk.org.eelga.platform.survey;

/** What a survey is for. */
public enum SurveyKind {
    PERCEPTION("Customer perception"),
    EVALUATION("Event evaluation"),
    CANVASS("Canvass"),
    OTHER("Other");

    private final String label;

    SurveyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
