package uk.org.eelga.platform.appraisal;

import uk.org.eelga.tenancy.Refusal;

/** No such request, or not the caller's council's. */
public class AppraisalNotFound extends Refusal {

    public AppraisalNotFound() {
        super(Kind.NOT_FOUND, "not-found", "No such appraisal support request");
    }
}
