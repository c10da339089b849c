package uk.org.eelga.platform.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** What the security rules' refusals look like: a problem that says what to do, never a redirect or an empty body. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SecurityRejections implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        if (e.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ProblemBody.fit(request, new ApiProblem("forbidden", "Your role does not allow this.")));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerAuthentication.CHALLENGE)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(ProblemBody.fit(
                        request,
                        new ApiProblem(
                                "sign-in-required", "Send an access token: 'Authorization: Bearer <access token>'.")));
    }
}
