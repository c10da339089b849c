package uk.org.eelga.platform.talentbank;

import uk.org.eelga.tenancy.Refusal;

/**
 * A step that cannot be taken now (an expired quote, a request not yet quoted): the message says why (422). A
 * {@linkplain #conflict conflict} is a step the request's current state does not allow (often because someone else
 * has just taken it): the API answers 409 rather than 422.
 */
public class RequestRefused extends Refusal {

    public RequestRefused(String message) {
        super(Kind.UNPROCESSABLE, "refused", message);
    }

    private RequestRefused(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    /** The request is no longer in a state that allows this step; nothing was changed. */
    static RequestRefused conflict(String message) {
        return new RequestRefused(Kind.CONFLICT, "conflict", message);
    }

    public boolean isConflict() {
        return kind() == Kind.CONFLICT;
    }
}
