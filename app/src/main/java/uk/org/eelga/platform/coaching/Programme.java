package uk.org.eelga.platform.coaching;

/** The strands of the coaching programme. */
public enum Programme {
    ILM7("ILM7 Certificate in Executive Coaching and Mentoring"),
    COACHING_IN_THE_WORKPLACE("Coaching in the Workplace"),
    CPD("CPD sessions"),
    CONFERENCE("Annual coaching conference");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
