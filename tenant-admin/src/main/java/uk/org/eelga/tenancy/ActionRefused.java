package uk.org.eelga.tenancy;

import java.util.Set;

/**
 * An administrative action that was not made (bad input, not allowed, wrong state). Nothing was changed; the
 * message says why, for the person who asked, and the code is stable for programs.
 */
public class ActionRefused extends Refusal {

    /**
     * Refusals because a council's state does not (or no longer) allow the action, often after someone else's: 409.
     */
    private static final Set<String> STATE = Set.of(
            "changed", "predecessor-not-active", "successor-not-active", "cycle", "in-progress", "already-onboarded");

    /** A refusal with code {@code forbidden} is a 403, one of {@link #STATE} a 409; any other is bad input (400). */
    public ActionRefused(String code, String message) {
        this(
                "forbidden".equals(code) ? Kind.FORBIDDEN : STATE.contains(code) ? Kind.CONFLICT : Kind.INVALID,
                code,
                message);
    }

    public ActionRefused(Kind kind, String code, String message) {
        super(kind, code, message);
    }
}
