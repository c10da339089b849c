package uk.org.eelga.platform.api;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.io.EOFException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.Refusal;

/**
 * The one place where the API turns what went wrong into an answer. Every feature's refusal is a {@link Refusal}
 * (its kind gives the status, its code and sentence the body); Micronaut's own errors (malformed JSON, wrong types,
 * missing body, unknown route, wrong method or content type, failed validation) and database refusals become
 * problems with a sentence written here, never the framework's or the database's text. Anything else is a genuine
 * fault: the caller gets only an incident id, and the stack trace goes to the log under that id.
 *
 * <p>It is both Micronaut's {@link ErrorResponseProcessor} (used by the framework's built-in exception handlers and
 * for 404/405/415) and the {@link ExceptionHandler} of last resort (every exception no closer handler claims).
 */
@Singleton
@Produces(ApiProblem.MEDIA_TYPE)
public class ApiErrors
        implements ErrorResponseProcessor<ApiProblem>, ExceptionHandler<Throwable, HttpResponse<ApiProblem>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final MediaType PROBLEM = MediaType.of(ApiProblem.MEDIA_TYPE);
    /** How serde names the property it could not read ("Cannot deserialize long cohortId due to ..."). */
    private static final Pattern SERDE_PROPERTY = Pattern.compile("Cannot deserialize \\S+ ([A-Za-z_][\\w]*) due to");

    private static final int MAX_DETAIL = 1000;

    private static final Set<String> DISCONNECTS = Set.of("org.eclipse.jetty.io.EofException");

    /** The handler of last resort: every exception that no closer {@link ExceptionHandler} claims. */
    @Override
    public HttpResponse<ApiProblem> handle(HttpRequest request, Throwable exception) {
        ApiProblem problem = describe(request, exception, 500);
        return respond(HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(problem.status())), problem);
    }

    /** Micronaut's built-in handlers (and route misses) call this with the status they chose. */
    @Override
    @NonNull
    public MutableHttpResponse<ApiProblem> processResponse(
            @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        ApiProblem problem = describe(context.getRequest(), cause, response.code());
        if (problem.status() != response.code()) {
            response.status(problem.status());
        }
        return respond(response, problem);
    }

    private static MutableHttpResponse<ApiProblem> respond(MutableHttpResponse<?> response, ApiProblem problem) {
        if (problem.status() == 503) {
            response.header(io.micronaut.http.HttpHeaders.RETRY_AFTER, "30");
        }
        return response.body(problem).contentType(PROBLEM);
    }

    /**
     * What to tell a person about a failure outside an API call (a page's action): the same sentence the API would
     * answer, and for a genuine fault only an incident id (logged with the stack trace).
     */
    public ApiProblem describe(Throwable failure) {
        return describe(null, failure, 500);
    }

    /**
     * What to tell the caller about {@code failure}; {@code status} is what the framework chose (500 when nothing
     * else is known). Package-private for the tests of the wording.
     */
    ApiProblem describe(HttpRequest<?> request, @Nullable Throwable failure, int status) {
        Throwable cause = unwrap(failure);
        if (cause instanceof Refusal refusal) {
            return ApiProblem.of(refusal.kind().status(), refusal.code(), bounded(refusal.detail()));
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ApiProblem.of(400, "invalid-field", violations(violations.getConstraintViolations()));
        }
        if (cause instanceof AuthorizationException denied) {
            return denied.isForbidden()
                    ? ApiProblem.of(403, "forbidden", "You are not allowed to do this.")
                    : ApiProblem.of(401, "unauthorized", "Sign in first: send a valid bearer token.");
        }
        if (cause instanceof NotAllowedException notAllowed) {
            return ApiProblem.of(
                    405,
                    "method-not-allowed",
                    "This address does not accept " + notAllowed.getRequestMethod() + "; it accepts "
                            + String.join(
                                    ", ",
                                    notAllowed.getAllowedMethods().stream()
                                            .sorted()
                                            .toList()) + ".");
        }
        if (cause instanceof UnsupportedMediaException || status == 415) {
            return unsupportedMediaType();
        }
        if (find(failure, java.nio.charset.IllegalCharsetNameException.class) != null
                || find(failure, java.nio.charset.UnsupportedCharsetException.class) != null) {
            return ApiProblem.of(415, "unsupported-charset", "Send the body in UTF-8 (charset=utf-8, or no charset).");
        }
        if (cause instanceof ContentLengthExceededException || status == 413) {
            return ApiProblem.of(413, "too-large", "The request body is larger than this address accepts.");
        }
        if (cause instanceof HttpStatusException statusException) {
            int code = statusException.getStatus().getCode();
            return ApiProblem.of(
                    code, ApiProblem.codeFor(code), ours(cause) ? bounded(cause.getMessage()) : sentence(code));
        }
        if (isJsonSyntax(failure)) {
            return ApiProblem.of(400, "malformed-json", "The request body is not valid JSON.");
        }
        if (isBinding(failure) && noBody(request)) {
            return ApiProblem.of(400, "missing-body", "The request needs a JSON body.");
        }
        if (isBinding(failure)) {
            return ApiProblem.of(400, "invalid-value", bindingSentence(failure));
        }
        if (cause instanceof UnsatisfiedBodyRouteException) {
            return ApiProblem.of(400, "missing-body", "The request needs a JSON body (not null).");
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return ApiProblem.of(
                    400, "missing-value", "Give " + missing.getArgument().getName() + ".");
        }
        if (cause instanceof UnsatisfiedArgumentException missing) {
            return missing.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)
                    ? ApiProblem.of(400, "missing-body", "The request needs a JSON body.")
                    : ApiProblem.of(
                            400,
                            "missing-value",
                            "Give " + missing.getArgument().getName() + ".");
        }
        if (isDisconnect(failure)) {
            return ApiProblem.of(400, "incomplete-request", "The request ended before its body was complete.");
        }
        if (cause instanceof IllegalArgumentException && badContentType(request)) {
            return unsupportedMediaType();
        }
        if (DatabaseOutage.isCause(failure)) {
            // the outage can surface outside a transaction's start (a read without one, a standing check): same answer
            LOG.warn("Database unavailable on {} {}", method(request), path(request));
            return ApiProblem.of(503, DatabaseUnavailable.CODE, DatabaseUnavailable.MESSAGE);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && sql.getSQLState() != null) {
            ApiProblem refused = database(sql.getSQLState());
            if (refused != null) {
                LOG.info(
                        "Database refused a request ({} {}): SQLSTATE {}",
                        method(request),
                        path(request),
                        sql.getSQLState());
                return refused;
            }
        }
        if (cause instanceof SecurityException) {
            return ApiProblem.of(
                    403, "forbidden", ours(cause) ? cause.getMessage() : "You are not allowed to do this.");
        }
        if (status >= 400 && status < 500 && failure == null) {
            return ApiProblem.of(status, ApiProblem.codeFor(status), sentence(status));
        }
        String incident = UUID.randomUUID().toString().substring(0, 13);
        LOG.error(
                "Incident {}: {} failed",
                incident,
                request == null ? "a page action" : method(request) + " " + path(request),
                failure);
        return ApiProblem.incident(incident);
    }

    /**
     * A refusal's sentence, cut if a feature ever puts a caller's huge input into it: an answer never echoes
     * kilobytes back.
     */
    private static String bounded(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return "The request was refused.";
        }
        return sentence.length() <= MAX_DETAIL ? sentence : sentence.substring(0, MAX_DETAIL) + "…";
    }

    /** The database refused a write: a client's mistake the service did not catch first. Null: a real fault. */
    private static ApiProblem database(String sqlState) {
        return switch (sqlState) {
            case "23505" -> ApiProblem.of(
                    409,
                    "duplicate",
                    "That already exists: something with the same name or" + " number is there already.");
            case "23503" -> ApiProblem.of(
                    422, "unknown-reference", "Something the request refers to does not exist, or is still in use.");
            case "23502" -> ApiProblem.of(422, "missing-value", "A required value is missing.");
            case "23514", "23P01" -> ApiProblem.of(422, "out-of-range", "A value is outside what is allowed.");
            case "40001", "40P01" -> ApiProblem.of(
                    409, "try-again", "Someone else changed this at the same moment; nothing was saved. Try again.");
            default -> sqlState.startsWith("22")
                    ? ApiProblem.of(
                            400,
                            "invalid-value",
                            "A value is too long, out of range, or has characters that cannot be stored.")
                    : null;
        };
    }

    private static ApiProblem unsupportedMediaType() {
        return ApiProblem.of(
                415, "unsupported-media-type", "Send the body as JSON with the header Content-Type: application/json.");
    }

    private static String sentence(int status) {
        return switch (status) {
            case 401 -> "Sign in first: send a valid bearer token.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 413 -> "The request body is larger than this address accepts.";
            case 415 -> "Send the body as JSON with the header Content-Type: application/json.";
            case 503 -> "The service is not available just now; try again shortly.";
            default -> status >= 500 ? "Something went wrong." : "The request is not valid.";
        };
    }

    /** "name: must be at most 200 characters; sections[1].title: must not be blank". */
    private static String violations(Set<ConstraintViolation<?>> violations) {
        List<String> lines = violations.stream()
                .map(v -> field(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .distinct()
                .collect(Collectors.toList());
        return "Check " + (lines.size() == 1 ? "this field" : "these fields") + ": " + String.join("; ", lines) + ".";
    }

    private static String field(Path path) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                properties.clear();
                continue;
            }
            if (node.getName() == null || node.getName().isEmpty()) {
                continue;
            }
            properties.add(node.getName() + (node.getIndex() == null ? "" : "[" + node.getIndex() + "]"));
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter == null ? "the request body" : parameter;
    }

    private static String bindingSentence(Throwable failure) {
        String field = null;
        boolean path = false;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property && property.getArgument() != null) {
                field = property.getArgument().getName();
                break;
            }
            if (t instanceof ConversionErrorException conversion && !(t.getCause() instanceof SerdeException)) {
                field = conversion.getArgument().getName();
                path = true;
            }
            if (t.getMessage() != null) {
                Matcher m = SERDE_PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    field = m.group(1);
                    path = false;
                    break;
                }
            }
        }
        if (field != null && path) {
            return "The " + field + " in the address is not valid.";
        }
        return "A value in the request body has the wrong type or is not one of the allowed values"
                + (field == null ? "" : " (" + field + ")")
                + ": check numbers, dates (such as 2025-09-30 or 2025-09-30T09:00:00Z) and choices.";
    }

    private static boolean isJsonSyntax(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonSyntaxException
                    || t instanceof com.google.gson.JsonParseException
                    || t instanceof com.fasterxml.jackson.core.JsonParseException
                    || t instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                return true;
            }
            if (t instanceof InvalidPropertyFormatException) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBinding(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConversionErrorException
                    || t instanceof CodecException
                    || t instanceof SerdeException
                    || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDisconnect(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException
                    || t instanceof ClosedChannelException
                    || DISCONNECTS.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean noBody(HttpRequest<?> request) {
        return request != null && "0".equals(request.getHeaders().get("Content-Length"));
    }

    /** A Content-Type header that is there but names no media type ("", ";", "json"). */
    private static boolean badContentType(HttpRequest<?> request) {
        if (request == null) {
            return false;
        }
        String header = request.getHeaders().get("Content-Type");
        if (header == null) {
            return false;
        }
        try {
            MediaType.of(header);
            return header.isBlank();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Thrown by the platform's own code, so its message is a sentence written for people. */
    private static boolean ours(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0
                && trace[0].getClassName().startsWith("uk.org.eelga.")
                && t.getMessage() != null
                && !t.getMessage().isBlank();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t != null
                && t.getCause() != null
                && t.getCause() != t
                && !(t instanceof Refusal)
                && (t instanceof java.util.concurrent.CompletionException
                        || t instanceof java.util.concurrent.ExecutionException
                        || t instanceof java.lang.reflect.UndeclaredThrowableException
                        || t instanceof java.lang.reflect.InvocationTargetException
                        || t.getCause() instanceof Refusal)) {
            t = t.getCause();
        }
        return t;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String method(HttpRequest<?> request) {
        return request == null ? "?" : request.getMethodName();
    }

    private static String path(HttpRequest<?> request) {
        return request == null ? "?" : request.getPath();
    }
}
