package uk.org.eelga.tenancy;

/**
 * An administrative action that was not made (bad input, not allowed, wrong state). Nothing was changed; the
 * message says why, for the person who asked, and the code is stable for programs.
 */
public class ActionRefused extends Refusal {

    /** A refusal with code {@code forbidden} is a 403; any other code is bad input (400). */
    public ActionRefused(String code, String message) {
        this("forbidden".equals(code) ? Kind.FORBIDDEN : Kind.INVALID, code, message);
    }

    public ActionRefused(Kind kind, String code, String message) {
        super(kind, code, message);
    }
}
