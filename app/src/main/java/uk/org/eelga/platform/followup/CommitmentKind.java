package uk.org.eelga.platform.followup;

/** What a commitment is for, with the time the association allows itself by default. */
public enum CommitmentKind {
    PEER_CHALLENGE_CONTACT("Contact after a Corporate Peer Challenge"),
    JOINT_SECRETARIES("Response to a request for the Joint Secretaries' intervention"),
    OTHER("Other follow-up");

    /** The specified time period: the Peer Challenge's is 4 weeks (2019-20 plan), and so is every other kind's. */
    private static final int DEFAULT_DAYS = 28;

    private final String label;

    CommitmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The specified time period: the Peer Challenge's is 4 weeks (2019-20 plan). */
    public int defaultDays() {
        return DEFAULT_DAYS;
    }
}
