package uk.org.eelga.platform.engagement;

import uk.org.eelga.tenancy.Refusal;

/**
 * Something asked of the engagement feature that cannot be done, with a stable code for programs and a sentence
 * for people. Nothing has changed when it is thrown.
 */
public class EngagementRefused extends Refusal {

    public EngagementRefused(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    public static EngagementRefused notFound(String what) {
        return new EngagementRefused(Kind.NOT_FOUND, "not-found", "No such " + what);
    }

    public static EngagementRefused invalid(String code, String message) {
        return new EngagementRefused(Kind.INVALID, code, message);
    }

    public static EngagementRefused staffOnly() {
        return new EngagementRefused(Kind.FORBIDDEN, "staff-only", "Only association staff can do this");
    }
}
