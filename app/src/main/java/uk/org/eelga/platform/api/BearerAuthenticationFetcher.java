package uk.org.eelga.platform.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.api.ApiCaller;

/**
 * Tells Micronaut Security's rules ({@code @Secured}) who {@link BearerAuthentication} admitted: the caller's platform
 * roles, nothing read from the token again. Without an admitted caller there is no authentication.
 */
@Singleton
class BearerAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getAttribute(ApiCaller.ATTRIBUTE, Caller.class)
                .map(user -> Publishers.just(Authentication.build(
                        user.subject(),
                        user.roles().stream().map(Role::claim).toList(),
                        Map.<String, Object>of("email", user.email()))))
                .orElseGet(Publishers::empty);
    }
}
