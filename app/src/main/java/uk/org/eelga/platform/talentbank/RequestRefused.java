package uk.org.eelga.platform.talentbank;

/**
 * A step that cannot be taken now (an expired quote, a request not yet quoted): the message says why. A
 * {@linkplain #conflict conflict} is a step the request's current state does not allow (often because someone
 * else has just taken it): the API answers 409 rather than 422.
 */
public class RequestRefused extends RuntimeException {

    private final boolean conflict;

    public RequestRefused(String message) {
        this(message, false);
    }

    private RequestRefused(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** The request is no longer in a state that allows this step; nothing was changed. */
    static RequestRefused conflict(String message) {
        return new RequestRefused(message, true);
    }

    public boolean isConflict() {
        return conflict;
    }
}
