package uk.org.eelga.tenancy.council;

/** A suspension or restoration that was not made; the message says why, for the person who asked. */
public class CouncilStatusChangeRefused extends RuntimeException {
    public CouncilStatusChangeRefused(String message) {
        super(message);
    }
}
