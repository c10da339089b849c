package uk.org.eelga.platform.billing;

/** An amount that is not money we can bill: the message says what was wrong and what to enter instead. */
public class InvalidAmount extends IllegalArgumentException {

    public InvalidAmount(String message) {
        super(message);
    }
}
