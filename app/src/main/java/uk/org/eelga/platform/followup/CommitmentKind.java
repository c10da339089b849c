package uk.org.eelga.platform.followup;

/** What a commitment is for, with the time the association allows itself by default. */
public enum CommitmentKind {
    PEER_CHALLENGE_CONTACT("Contact after a Corporate Peer Challenge", 28),
    JOINT_SECRETARIES("Response to a request for the Joint Secretaries' intervention", 28),
    OTHER("Other follow-up", 28);

    private final String label;
    private final int defaultDays;

    CommitmentKind(String label, int defaultDays) {
        this.label = label;
        this.defaultDays = defaultDays;
    }

    public String label() {
        return label;
    }

    /** The specified time period: the Peer Challenge's is 4 weeks (2019-20 plan). */
    public int defaultDays() {
        return defaultDays;
    }
}
