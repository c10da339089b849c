package uk.org.eelga.platform.engagement;

/**
 * Something asked of the engagement feature that cannot be done, with a stable code for programs and a sentence
 * for people. Nothing has changed when it is thrown.
 */
public class EngagementRefused extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;

    public EngagementRefused(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
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

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
