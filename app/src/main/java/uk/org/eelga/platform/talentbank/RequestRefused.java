package uk.org.eelga.platform.talentbank;

import uk.org.eelga.tenancy.Refusal;

/** A step that cannot be taken now (an expired quote, a request not yet quoted): the message says why (422). */
public class RequestRefused extends Refusal {

    public RequestRefused(String message) {
        super(Kind.UNPROCESSABLE, "refused", message);
    }
}
