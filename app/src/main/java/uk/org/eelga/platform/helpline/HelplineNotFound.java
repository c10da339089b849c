package uk.org.eelga.platform.helpline;

import uk.org.eelga.tenancy.Refusal;

/** No such query, or not the caller's council's: the two look the same. */
public class HelplineNotFound extends Refusal {

    public HelplineNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such helpline query");
    }
}
