package uk.org.eelga.platform.talentbank;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/**
 * The API's answers for Talent Bank refusals (422; 409 when the request's state does not allow the step) and
 * unknown or other councils' requests (404).
 */
final class TalentBankErrors {

    private TalentBankErrors() {}

    @Serdeable
    record Problem(String code, String message) {}

    @Produces
    @Singleton
    static class Refused implements ExceptionHandler<RequestRefused, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, RequestRefused exception) {
            return exception.isConflict()
                    ? HttpResponse.status(HttpStatus.CONFLICT).body(new Problem("conflict", exception.getMessage()))
                    : HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                            .body(new Problem("refused", exception.getMessage()));
        }
    }

    @Produces
    @Singleton
    static class NotFound implements ExceptionHandler<RequestNotFound, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, RequestNotFound exception) {
            return HttpResponse.notFound(new Problem("not-found", "No such request"));
        }
    }
}
