package uk.org.eelga.platform.billing;

import uk.org.eelga.tenancy.Refusal;

/** A webhook whose signature does not verify (tampered, wrong secret, too old): refused, nothing recorded. */
public class InvalidWebhook extends Refusal {

    public InvalidWebhook(String message) {
        super(Kind.INVALID, "invalid-signature", message);
    }
}
