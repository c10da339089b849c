package uk.org.eelga.tenancy.identity;

import uk.org.eelga.tenancy.Caller;

/** The outcome of checking a verified identity against the council register. */
public sealed interface Membership {

    /** Let in, as this user. */
    record Admitted(Caller caller) implements Membership {}

    /** Not let in; {@code reason} is written for the person, {@code code} for logs and API clients. */
    record Refused(String code, String reason) implements Membership {}
}
