package uk.org.eelga.tenancy.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.org.eelga.tenancy.Caller;

/**
 * The {@link Caller} of an API request: made once per request from the verified bearer token by the API's door (the
 * platform's {@code api.BearerAuthentication}, with the one {@code identity.token.TokenVerifier}), which leaves it on
 * the request under {@link #ATTRIBUTE}; controllers take it from here and hand it to services.
 */
public final class ApiCaller {

    public static final String ATTRIBUTE = "eelga.apiCaller";

    private ApiCaller() {}

    public static Caller of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Caller.class)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "Sign in first"));
    }

    /** The caller of a request only a council's own people may make; anyone else is refused with the sentence. */
    public static Caller ofCouncil(HttpRequest<?> request, String refusal) {
        Caller caller = of(request);
        caller.councilOrRefuse(refusal);
        return caller;
    }
}
