package uk.org.eelga.tenancy.keycloak;

import uk.org.eelga.tenancy.Refusal;

/** Keycloak refused or did not answer; the message says what the platform was doing. */
public class KeycloakUnavailable extends Refusal {
    public KeycloakUnavailable(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, "keycloak-unavailable", message, cause);
    }

    @Override
    public String detail() {
        return getMessage() + " Nothing further was changed; retry.";
    }
}
