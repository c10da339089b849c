package uk.org.eelga.platform.billing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

/** A bad amount in an API request: 400 with the sentence that says what to send instead. */
@Produces
@Singleton
@Requires(classes = {InvalidAmount.class, ExceptionHandler.class})
class InvalidAmountHandler implements ExceptionHandler<InvalidAmount, HttpResponse<?>> {

    @Serdeable
    record Problem(String code, String message) {}

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidAmount exception) {
        return HttpResponse.badRequest(new Problem("invalid-amount", exception.getMessage()));
    }
}
