package uk.org.eelga.platform.survey.api;

import io.micronaut.context.annotation.Requirements;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Set;
import uk.org.eelga.platform.api.ApiProblem;
import uk.org.eelga.platform.survey.SurveyNotFound;
import uk.org.eelga.platform.survey.SurveyRefused;

/**
 * How survey refusals reach API clients: 422 with a code and a sentence, 409 when the survey's or response's state
 * does not allow it (already submitted, already published, answered meanwhile); unknown or foreign ids are 404.
 */
final class SurveyApiErrors {

    private static final Set<String> STATE = Set.of("DUPLICATE", "ALREADY_PUBLISHED", "HAS_RESPONSES");

    private SurveyApiErrors() {}

    @Singleton
    @Produces
    @Requirements(@Requires(classes = {SurveyRefused.class, ExceptionHandler.class}))
    static class Refused implements ExceptionHandler<SurveyRefused, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, SurveyRefused e) {
            return HttpResponse.<ApiProblem>status(
                            STATE.contains(e.code()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ApiProblem(e.code(), e.getMessage()));
        }
    }

    @Singleton
    @Produces
    @Requirements(@Requires(classes = {SurveyNotFound.class, ExceptionHandler.class}))
    static class NotFound implements ExceptionHandler<SurveyNotFound, HttpResponse<ApiProblem>> {
        @Override
        public HttpResponse<ApiProblem> handle(HttpRequest request, SurveyNotFound e) {
            return HttpResponse.notFound(new ApiProblem("NOT_FOUND", "No such survey"));
        }
    }
}
