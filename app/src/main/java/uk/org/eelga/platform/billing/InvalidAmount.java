package uk.org.eelga.platform.billing;

import uk.org.eelga.tenancy.Refusal;

/** An amount that is not money we can bill (400): the message says what was wrong and what to enter instead. */
public class InvalidAmount extends Refusal {

    public InvalidAmount(String message) {
        super(Kind.INVALID, "invalid-amount", message);
    }
}
