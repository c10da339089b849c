package uk.org.eelga.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Every error the API answers, as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status} and {@code detail}, plus the platform's stable {@code code} for programs and {@code message} (the
 * same sentence as {@code detail}, kept for clients that read it). A genuine server error carries only an
 * {@code incident} id; what happened is in the log under that id. Nothing in a problem names SQL, constraints,
 * classes or stored rows.
 *
 * <p>{@code new ApiProblem(code, message)} is enough where a response is built by hand: {@link ProblemResponses}
 * fills in type, title and status from the response it travels in.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(
        @Nullable String type,
        @Nullable String title,
        @Nullable Integer status,
        String detail,
        String code,
        String message,
        @Nullable String incident) {

    @Creator
    public ApiProblem {}

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "tag:eelga.gov.uk,2025:problem:";

    /** A problem with a code and a sentence; the status comes from the response it is sent in. */
    public ApiProblem(String code, String message) {
        this(null, null, null, message, code, message, null);
    }

    /** The complete problem for an answer with this status. */
    public static ApiProblem of(int status, String code, String sentence) {
        return new ApiProblem(TYPE_PREFIX + code, title(status), status, sentence, code, sentence, null);
    }

    /** A server error: only the incident id, never what went wrong. */
    static ApiProblem incident(String incident) {
        String sentence = "Something went wrong. If it keeps happening, tell us the incident number " + incident + ".";
        return new ApiProblem(
                TYPE_PREFIX + "internal-error", title(500), 500, sentence, "internal-error", sentence, incident);
    }

    /** This problem completed for the status it is sent with (a hand-built problem has none yet). */
    public ApiProblem forStatus(int answerStatus) {
        if (type != null && status != null && status == answerStatus) {
            return this;
        }
        String sentence = detail != null ? detail : message;
        String code = this.code != null ? this.code : codeFor(answerStatus);
        return new ApiProblem(
                TYPE_PREFIX + code, title(answerStatus), answerStatus, sentence, code, sentence, incident);
    }

    /** The code of a problem that has no more specific one: what the status says. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    /** One short title per status, in plain words. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Not possible now";
            case 413 -> "Request too large";
            case 415 -> "Unsupported content type";
            case 422 -> "The details break a rule";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Something went wrong" : "The request is not valid";
        };
    }
}
