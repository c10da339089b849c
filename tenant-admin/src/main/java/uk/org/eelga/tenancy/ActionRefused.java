package uk.org.eelga.tenancy;

/**
 * An administrative action that was not made (bad input, not allowed, wrong state). Nothing was changed; the
 * message says why, for the person who asked, and the code is stable for programs.
 */
public class ActionRefused extends RuntimeException {

    private final String code;

    public ActionRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
