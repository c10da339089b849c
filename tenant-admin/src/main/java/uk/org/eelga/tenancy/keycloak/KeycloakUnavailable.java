package uk.org.eelga.tenancy.keycloak;

/** Keycloak refused or did not answer; the message says what the platform was doing. */
public class KeycloakUnavailable extends RuntimeException {
    public KeycloakUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
