package uk.org.eelga.platform.engagement;

/** Who a council sends to a group. */
public enum ExpectedRole {
    LEADER("Leader"),
    CHIEF_EXECUTIVE("Chief executive"),
    LEAD_MEMBER("Lead member"),
    MEMBER("Member"),
    OFFICER("Officer");

    private final String label;

    ExpectedRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
