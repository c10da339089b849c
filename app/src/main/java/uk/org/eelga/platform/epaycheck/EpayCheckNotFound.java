package uk.org.eelga.platform.epaycheck;

import uk.org.eelga.tenancy.Refusal;

/** No such ePayCheck record, or not the caller's council's. */
public class EpayCheckNotFound extends Refusal {

    public EpayCheckNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such ePayCheck record");
    }
}
