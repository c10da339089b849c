package uk.org.eelga.tenancy.identity.token;

/** A token that is not the realm's valid token of the kind asked for: the caller is not signed in (401). */
public class InvalidToken extends RuntimeException {

    public InvalidToken(String reason) {
        super(reason);
    }

    InvalidToken(String reason, Throwable cause) {
        super(reason, cause);
    }
}
