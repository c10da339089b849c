package uk.org.eelga.platform.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database cannot be reached: 503 with a problem that says to retry, within the pool's connection timeout
 * (about a second and a half), never a hang or a 500.
 */
@Produces
@Singleton
@Requires(classes = {CannotCreateTransactionException.class, ExceptionHandler.class})
class DatabaseUnavailable implements ExceptionHandler<CannotCreateTransactionException, HttpResponse<?>> {

    static final String CODE = "unavailable";
    static final String MESSAGE =
            "The platform cannot reach its database just now. Nothing was changed; try again in a minute.";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, CannotCreateTransactionException e) {
        LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ProblemBody.fit(request, new ApiProblem(CODE, MESSAGE)));
    }
}
