package uk.org.eelga.tenancy.identity;

/** The outcome of checking a verified identity against the council register. */
public sealed interface Membership {

    /** Let in, as this user. */
    record Admitted(SignedInUser user) implements Membership {}

    /** Not let in; {@code reason} is written for the person, {@code code} for logs and API clients. */
    record Refused(String code, String reason) implements Membership {}
}
