package uk.org.eelga.tenancy.council;

/** Whether a council's people may use the platform. */
public enum CouncilStatus {
    ACTIVE,
    SUSPENDED,
    LEFT
}
