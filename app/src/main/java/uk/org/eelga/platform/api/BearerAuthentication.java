package uk.org.eelga.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.identity.Membership;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.identity.PersonStanding;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;
import uk.org.eelga.tenancy.identity.token.InvalidToken;
import uk.org.eelga.tenancy.identity.token.TokenCheckUnavailable;
import uk.org.eelga.tenancy.identity.token.TokenVerifier;

/**
 * The API's door, before Micronaut Security's rules: every request that carries an {@code Authorization} header is
 * checked here by the platform's one {@link TokenVerifier}, then against the council register
 * ({@link MembershipCheck}) and the person's standing ({@link PersonStanding}: deactivated or roles changed since the
 * token was issued). A token that fails any of it is answered here (401, 403, or 503 when it cannot be checked just
 * now); nothing further runs. An admitted caller is left on the request ({@link ApiCaller}) with their council bound
 * for the rest of the request, and {@link BearerAuthenticationFetcher} hands them to the security rules. A request
 * without the header goes on anonymous, and the rules answer 401 wherever a route needs a caller.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class BearerAuthentication implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthentication.class);
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final MembershipCheck membership;
    private final PersonStanding standing;

    BearerAuthentication(TokenVerifier verifier, MembershipCheck membership, PersonStanding standing) {
        this.verifier = verifier;
        this.membership = membership;
        this.standing = standing;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request, MutablePropagatedContext context) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("not-bearer", "Send a bearer token: 'Authorization: Bearer <access token>'.");
        }
        VerifiedIdentity identity;
        try {
            identity = verifier.verifyAccessToken(header.substring(BEARER.length()));
        } catch (InvalidToken e) {
            LOG.info("Refused a bearer token on {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return unauthorized(
                    "invalid-token",
                    "The bearer token is not a valid access token of the platform's sign-in service."
                            + " Get a new one and try again.");
        } catch (TokenCheckUnavailable e) {
            LOG.warn("Could not check a bearer token: {}", e.getMessage());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiProblem(
                            "token-check-unavailable",
                            "Your token cannot be checked just now because the sign-in service cannot be reached."
                                    + " Try again in a minute."));
        }
        Membership decision;
        PersonStanding.Standing person;
        try {
            decision = membership.decide(identity);
            person = standing.of(identity.subject());
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                LOG.warn("Database unavailable while admitting a caller: {}", e.getMessage());
                return DatabaseUnavailable.response();
            }
            throw e;
        }
        if (decision instanceof Membership.Refused refused) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiProblem(refused.code(), refused.reason()));
        }
        if (!person.admitsToken(identity.issuedAt(), identity.sessionId())) {
            return unauthorized(
                    "access-changed",
                    person.reason().orElse("Your access changed.") + " Tokens issued before that no longer work.");
        }
        SignedInUser user = ((Membership.Admitted) decision).user();
        request.setAttribute(ApiCaller.ATTRIBUTE, user);
        if (user.council() != null) {
            context.add(new TenantElement(user.council()));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    static HttpResponse<ApiProblem> unauthorized(String code, String message) {
        return HttpResponse.<ApiProblem>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eelga-api\", error=\"invalid_token\"")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiProblem(code, message));
    }

    /** Binds the council on whichever thread runs the request's controller and repositories. */
    private record TenantElement(TenantId tenant) implements ThreadPropagatedContextElement<CurrentTenant.Binding> {
        @Override
        public CurrentTenant.Binding updateThreadContext() {
            return CurrentTenant.bind(tenant);
        }

        @Override
        public void restoreThreadContext(CurrentTenant.Binding previous) {
            previous.close();
        }
    }
}
