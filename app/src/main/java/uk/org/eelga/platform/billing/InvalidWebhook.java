package uk.org.eelga.platform.billing;

/** A webhook whose signature does not verify (tampered, wrong secret, too old): refused, nothing recorded. */
public class InvalidWebhook extends RuntimeException {

    public InvalidWebhook(String message) {
        super(message);
    }
}
