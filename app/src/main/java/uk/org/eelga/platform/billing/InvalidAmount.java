package uk.org.eelga.platform.billing;

import uk.org.eelga.shared.Money;
import uk.org.eelga.tenancy.Refusal;

/** An amount that is not money we can bill (400): the message says what was wrong and what to enter instead. */
public class InvalidAmount extends Refusal {

    public InvalidAmount(String message) {
        super(Kind.INVALID, "invalid-amount", message);
    }

    /** Pounds as people type them, as pence ({@link Money#parsePounds}); refused with its sentence otherwise. */
    public static long parsePounds(String field, String text) {
        try {
            return Money.parsePounds(field, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidAmount(e.getMessage());
        }
    }

    /** Refuses a negative amount in pence with a message naming the field. */
    public static long requireNotNegative(String field, long pence) {
        if (pence < 0) {
            throw new InvalidAmount(field + " cannot be negative");
        }
        return pence;
    }
}
