package uk.org.eelga.platform.followup;

import uk.org.eelga.tenancy.Refusal;

/** No such commitment, or not the caller's council's. */
public class CommitmentNotFound extends Refusal {

    public CommitmentNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such follow-up commitment");
    }
}
