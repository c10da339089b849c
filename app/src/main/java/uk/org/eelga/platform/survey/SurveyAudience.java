package uk.org.eelga.platform.survey;

/** Which councils a survey addresses. */
public enum SurveyAudience {
    ALL_COUNCILS("All member councils"),
    COUNTIES_AND_UNITARIES("Counties and unitaries"),
    GROUP("Members of a group"),
    EVENT_ATTENDEES("Councils that attended an event");

    private final String label;

    SurveyAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
