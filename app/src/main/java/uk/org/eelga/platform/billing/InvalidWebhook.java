package uk.org.eelga.platform.billing;

import uk.org.eelga.tenancy.Refusal;

/**
 * A webhook refused before anything was recorded: its signature does not verify (tampered, wrong secret, timestamp
 * outside the tolerance), or a correctly signed body is not a Stripe event. The code is stable for programs.
 */
public class InvalidWebhook extends Refusal {

    public InvalidWebhook(String message) {
        this("invalid-signature", message);
    }

    public InvalidWebhook(String code, String message) {
        super(Kind.INVALID, code, message);
    }
}
