package uk.org.eelga.tenancy;

/** Realm role names as Keycloak issues them, as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String COUNCIL_OFFICER = "council-officer";
    public static final String COUNCIL_LEADER = "council-leader";
    public static final String COUNCIL_ADMIN = "council-admin";
    public static final String ASSOCIATION_STAFF = "association-staff";
    public static final String ASSOCIATION_ADMIN = "association-admin";

    private Roles() {}
}
