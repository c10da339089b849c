package uk.org.eelga.platform.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every problem leaves as {@code application/problem+json} with its type, title and status filled in, including
 * problems built by hand ({@code new ApiProblem(code, message)} in a filter or controller). Runs outermost, so it
 * sees the answers of every other filter too.
 */
@ServerFilter({"/api/**", "/health/**", "/health"})
class ProblemResponses implements Ordered {

    private static final MediaType PROBLEM = MediaType.of(ApiProblem.MEDIA_TYPE);

    @ResponseFilter
    void complete(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (body instanceof ApiProblem problem) {
            ((MutableHttpResponse<Object>) response).body(problem.forStatus(response.code()));
            response.contentType(PROBLEM);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
