package uk.org.eelga.platform.communications;

import uk.org.eelga.tenancy.Refusal;

/** No such communication, or not one the caller may read. */
public class CommunicationNotFound extends Refusal {

    public CommunicationNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such communication");
    }
}
