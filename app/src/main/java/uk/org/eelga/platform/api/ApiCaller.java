package uk.org.eelga.platform.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.org.eelga.tenancy.Caller;

/** The admitted caller of an API request, as {@link ApiMembershipFilter} left it on the request. */
public final class ApiCaller {

    public static final String ATTRIBUTE = "eelga.apiCaller";

    private ApiCaller() {}

    public static Caller of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Caller.class)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }
}
