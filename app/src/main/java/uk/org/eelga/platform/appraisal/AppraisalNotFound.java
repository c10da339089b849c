package uk.org.eelga.platform.appraisal;

/** No such request, or not the caller's council's. */
public class AppraisalNotFound extends RuntimeException {

    public AppraisalNotFound() {
        super("No such appraisal support request");
    }
}
