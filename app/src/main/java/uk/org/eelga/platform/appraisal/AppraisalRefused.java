package uk.org.eelga.platform.appraisal;

/** A request or decision the rules do not allow; nothing was changed. */
public class AppraisalRefused extends RuntimeException {

    private final String code;

    public AppraisalRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
