package uk.org.eelga.platform.engagement.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import uk.org.eelga.platform.api.ApiProblem;
import uk.org.eelga.platform.engagement.EngagementRefused;

/** Engagement refusals as API problems: the code for programs, the sentence for people. */
@Produces
@Singleton
@Requires(classes = {EngagementRefused.class, ExceptionHandler.class})
class EngagementRefusedHandler implements ExceptionHandler<EngagementRefused, HttpResponse<ApiProblem>> {

    @Override
    public HttpResponse<ApiProblem> handle(HttpRequest request, EngagementRefused refused) {
        HttpStatus status;
        if (refused.kind() == EngagementRefused.Kind.NOT_FOUND) {
            status = HttpStatus.NOT_FOUND;
        } else if (refused.kind() == EngagementRefused.Kind.CONFLICT) {
            status = HttpStatus.CONFLICT;
        } else if (refused.kind() == EngagementRefused.Kind.FORBIDDEN) {
            status = HttpStatus.FORBIDDEN;
        } else {
            status = HttpStatus.BAD_REQUEST;
        }
        return HttpResponse.<ApiProblem>status(status).body(new ApiProblem(refused.code(), refused.getMessage()));
    }
}
