package uk.org.eelga.tenancy.council;

/** Whether a council's people may use the platform. */
public enum CouncilStatus {
    /** Being onboarded: its organisation or first admin is not made yet; nobody can sign in. */
    ONBOARDING,
    ACTIVE,
    SUSPENDED,
    LEFT,
    /** Merged into a successor council (see successor_id and merged_on); its history stays its own. */
    MERGED
}
