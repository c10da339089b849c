package uk.org.eelga.platform.communications;

/** What was sent or published. Internal kinds (briefings, submissions) are not in the councils' archive. */
public enum CommunicationKind {
    E_BULLETIN("E-bulletin", false),
    CASE_STUDY("Case study", false),
    CHAIRMANS_BRIEF("Chairman's brief", false),
    POLICY_FUNDING_BULLETIN("Policy or funding e-bulletin", false),
    MEMBER_BRIEFING("Briefing for members", false),
    GOVERNMENT_SUBMISSION("Letter or submission to Government", true),
    EXECUTIVE_BRIEFING("Briefing for the Chairman before an LGA Executive meeting", true),
    MEETING_BRIEFING("Briefing or update for a meeting of one of our groups", true);

    private final String label;
    private final boolean internal;

    CommunicationKind(String label, boolean internal) {
        this.label = label;
        this.internal = internal;
    }

    public String label() {
        return label;
    }

    /** Kept for the association's records and figures, not shown in the councils' archive. */
    public boolean internal() {
        return internal;
    }
}
