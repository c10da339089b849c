package uk.org.eelga.platform.framework.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.org.eelga.shared.ReportingPeriod;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.api.ApiCaller;

/**
 * What the framework's controllers answer alike: what only staff may see looks missing to anyone else, and a period
 * in the path or query that is not one is a bad request saying what a period looks like.
 */
final class FrameworkApi {

    private FrameworkApi() {}

    static Caller staff(HttpRequest<?> request) {
        return ApiCaller.of(request).requireStaff(FrameworkApi::notFound);
    }

    static ReportingPeriod period(String code) {
        try {
            return ReportingPeriod.parse(code);
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
}
