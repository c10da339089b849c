package uk.org.eelga.tenancy;

import java.util.Set;

/**
 * Something asked of the platform that it will not do, said for the person who asked: a stable {@link #code()}
 * for programs, a plain sentence ({@link #getMessage()}) and the {@link Kind} of refusal, which decides the HTTP
 * status. Every feature's refusals extend this, so the API answers them in one place (no feature writes its own
 * exception handler) and nothing has changed when one is thrown. Messages are shown to callers: never put SQL,
 * class names or another council's data in them.
 */
public abstract class Refusal extends RuntimeException {

    /** Why a request is refused; each kind is one HTTP status. */
    public enum Kind {
        /** The request itself is malformed or a value is not acceptable (400). */
        INVALID(400),
        /** The request is well formed but its details break a rule of the feature (422). */
        UNPROCESSABLE(422),
        /** The caller may not do this (403). */
        FORBIDDEN(403),
        /** No such thing, or not the caller's to see: the two look the same (404). */
        NOT_FOUND(404),
        /** The current state does not allow it (409). */
        CONFLICT(409),
        /** The caller has done this too often for now; the message says when to try again (429). */
        TOO_MANY(429),
        /** Something the platform depends on did not answer; retrying may work (503). */
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;

    protected Refusal(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    protected Refusal(Kind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    /**
     * The kind of a feature's refusal from its code alone: a code of the state the thing is in (already done,
     * closed) is a conflict, a code saying the caller may not is forbidden, and any other code is bad details.
     */
    protected static Kind kindOf(String code, Set<String> stateCodes, Set<String> forbiddenCodes) {
        if (stateCodes.contains(code)) {
            return Kind.CONFLICT;
        }
        return forbiddenCodes.contains(code) ? Kind.FORBIDDEN : Kind.UNPROCESSABLE;
    }

    public Kind kind() {
        return kind;
    }

    /** Stable for programs: clients and tests switch on it. */
    public String code() {
        return code;
    }

    /** The sentence the caller is shown; by default the message. */
    public String detail() {
        return getMessage();
    }
}
