package uk.org.eelga.platform.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;

/** How the API answers refused administrative actions: a problem with a stable code and a sentence. */
final class AdminErrors {

    /** Refusals because a council's state does not (or no longer) allow the action, often after another's: 409. */
    private static final java.util.Set<String> STATE = java.util.Set.of(
            "changed", "predecessor-not-active", "successor-not-active", "cycle", "in-progress", "already-onboarded");

    private AdminErrors() {}

    @Produces
    @Singleton
    @Requires(classes = {ActionRefused.class, ExceptionHandler.class})
    static class Refused implements ExceptionHandler<ActionRefused, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, ActionRefused e) {
            ApiProblem problem = new ApiProblem(e.code(), e.getMessage());
            if (STATE.contains(e.code())) {
                return HttpResponse.<ApiProblem>status(io.micronaut.http.HttpStatus.CONFLICT)
                        .body(problem);
            }
            return "forbidden".equals(e.code())
                    ? HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN)
                            .body(problem)
                    : HttpResponse.badRequest(problem);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {NotFoundForCaller.class, ExceptionHandler.class})
    static class NotFound implements ExceptionHandler<NotFoundForCaller, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, NotFoundForCaller e) {
            return HttpResponse.notFound(new ApiProblem("not-found", e.getMessage()));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {KeycloakUnavailable.class, ExceptionHandler.class})
    static class KeycloakDown implements ExceptionHandler<KeycloakUnavailable, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, KeycloakUnavailable e) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new ApiProblem(
                            "keycloak-unavailable", e.getMessage() + " Nothing further was changed; retry."));
        }
    }
}
