package uk.org.eelga.platform.communications;

/** What was sent or published. Internal kinds (briefings, submissions) are not in the councils' archive. */
public enum CommunicationKind {
    E_BULLETIN("E-bulletin"),
    CASE_STUDY("Case study"),
    CHAIRMANS_BRIEF("Chairman's brief"),
    POLICY_FUNDING_BULLETIN("Policy or funding e-bulletin"),
    MEMBER_BRIEFING("Briefing for members"),
    GOVERNMENT_SUBMISSION("Letter or submission to Government"),
    EXECUTIVE_BRIEFING("Briefing for the Chairman before an LGA Executive meeting"),
    MEETING_BRIEFING("Briefing or update for a meeting of one of our groups");

    private final String label;

    CommunicationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kept for the association's records and figures, not shown in the councils' archive. */
    public boolean internal() {
        return this == GOVERNMENT_SUBMISSION || this == EXECUTIVE_BRIEFING || this == MEETING_BRIEFING;
    }
}
