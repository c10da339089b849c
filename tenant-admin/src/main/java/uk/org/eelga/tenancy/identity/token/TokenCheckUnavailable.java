package uk.org.eelga.tenancy.identity.token;

/**
 * The token names a key the platform does not hold and the realm's keys cannot be fetched (Keycloak unreachable):
 * it can be neither accepted nor refused, so the caller is told to retry (503), not that they are signed out.
 */
public class TokenCheckUnavailable extends RuntimeException {

    TokenCheckUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
