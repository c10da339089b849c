package uk.org.eelga.tenancy.council;

import uk.org.eelga.tenancy.Refusal;

/** A suspension or restoration that was not made; the message says why, for the person who asked. */
public class CouncilStatusChangeRefused extends Refusal {
    public CouncilStatusChangeRefused(String message) {
        super(Kind.INVALID, "status-change-refused", message);
    }
}
