package uk.org.eelga.platform.coaching.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Set;
import uk.org.eelga.platform.api.ApiProblem;
import uk.org.eelga.platform.coaching.BookingRefused;
import uk.org.eelga.platform.coaching.CoachingNotFound;

/**
 * Refusals as ApiProblem: 422 for bad details (a delegate's address outside the council's domains included), 429
 * when the council's emails for the hour are used up, 409 for what the state of the session or booking does not
 * allow.
 */
final class CoachingProblems {

    private static final Set<String> BAD_INPUT = Set.of(
            "delegate-name",
            "delegate-email",
            "delegate-domain",
            "cohort-name",
            "session-details",
            "session-dates",
            "session-cutoff",
            "session-capacity",
            "session-price",
            "session-allowance");

    private CoachingProblems() {}

    @Produces
    @Singleton
    static class Refused implements ExceptionHandler<BookingRefused, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, BookingRefused refused) {
            HttpStatus status = BAD_INPUT.contains(refused.code())
                    ? HttpStatus.UNPROCESSABLE_ENTITY
                    : "mail-limit".equals(refused.code()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT;
            return HttpResponse.<ApiProblem>status(status).body(new ApiProblem(refused.code(), refused.getMessage()));
        }
    }

    @Produces
    @Singleton
    static class NotFound implements ExceptionHandler<CoachingNotFound, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, CoachingNotFound notFound) {
            return HttpResponse.<ApiProblem>notFound().body(new ApiProblem("not-found", notFound.getMessage()));
        }
    }
}
