package uk.org.eelga.platform.appraisal.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Set;
import uk.org.eelga.platform.api.ApiProblem;
import uk.org.eelga.platform.appraisal.AppraisalNotFound;
import uk.org.eelga.platform.appraisal.AppraisalRefused;

/** Refusals as ApiProblem: 422 for bad details, 409 when the request's state does not allow it. */
final class AppraisalProblems {

    private static final Set<String> STATE = Set.of("not-open", "not-scheduled");

    private AppraisalProblems() {}

    @Produces
    @Singleton
    static class Refused implements ExceptionHandler<AppraisalRefused, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, AppraisalRefused refused) {
            HttpStatus status = STATE.contains(refused.code())
                    ? HttpStatus.CONFLICT
                    : "not-leader".equals(refused.code()) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.<ApiProblem>status(status).body(new ApiProblem(refused.code(), refused.getMessage()));
        }
    }

    @Produces
    @Singleton
    static class NotFound implements ExceptionHandler<AppraisalNotFound, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, AppraisalNotFound notFound) {
            return HttpResponse.<ApiProblem>notFound().body(new ApiProblem("not-found", notFound.getMessage()));
        }
    }
}
