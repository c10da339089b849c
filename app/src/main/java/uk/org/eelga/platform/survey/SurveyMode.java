package uk.org.eelga.platform.survey;

/** One response per council (a canvass: anyone in the council can finish the draft) or one per person. */
public enum SurveyMode {
    PER_COUNCIL("One response per council"),
    PER_PERSON("One response per person");

    private final String label;

    SurveyMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
