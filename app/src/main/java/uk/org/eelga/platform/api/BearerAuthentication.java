package uk.org.eelga.platform.api;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.DatabaseOutage;
import uk.org.eelga.tenancy.api.ApiCaller;
import uk.org.eelga.tenancy.identity.Membership;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.identity.PersonStanding;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;
import uk.org.eelga.tenancy.identity.token.InvalidToken;
import uk.org.eelga.tenancy.identity.token.TokenCheckUnavailable;
import uk.org.eelga.tenancy.identity.token.TokenVerifier;

/**
 * The API's door, in front of Micronaut (called by the servlet filter {@code web.PlatformRequests} for every request
 * to {@code /api/*} and {@code /health}): a request that carries an {@code Authorization} header is checked here by
 * the platform's one {@link TokenVerifier}, then against the council register and the person's standing (deactivated
 * or roles changed since the token was issued), read together in one transaction ({@link MembershipCheck#admitToken}). A token that
 * fails any of it is answered here with a problem (401, 403, or 503 when it cannot be checked just now) and never
 * reaches Micronaut. An admitted caller is left on the request ({@link ApiCaller}); {@link ApiTenantBinding} binds
 * their council and {@link BearerAuthenticationFetcher} hands them to the security rules. A request without the
 * header goes on anonymous, and the rules answer 401 wherever a route needs a caller.
 */
@Singleton
public class BearerAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthentication.class);
    private static final String BEARER = "Bearer ";
    static final String CHALLENGE = "Bearer realm=\"eelga-api\", error=\"invalid_token\"";

    private final TokenVerifier verifier;
    private final MembershipCheck membership;
    private final JsonMapper json;

    BearerAuthentication(TokenVerifier verifier, MembershipCheck membership, JsonMapper json) {
        this.verifier = verifier;
        this.membership = membership;
        this.json = json;
    }

    /** Whether the request may go on to Micronaut; when not, the refusal has been written. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.removeAttribute(ApiCaller.ATTRIBUTE);
        String header = request.getHeader("Authorization");
        if (header == null) {
            return true;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(response, 401, "not-bearer", "Send a bearer token: 'Authorization: Bearer <access token>'.");
        }
        VerifiedIdentity identity;
        try {
            identity = verifier.verifyAccessToken(header.substring(BEARER.length()));
        } catch (InvalidToken e) {
            LOG.info(
                    "Refused a bearer token on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getMessage());
            return refuse(
                    response,
                    401,
                    "invalid-token",
                    "The bearer token is not a valid access token of the platform's sign-in service."
                            + " Get a new one and try again.");
        } catch (TokenCheckUnavailable e) {
            LOG.warn("Could not check a bearer token: {}", e.getMessage());
            return refuse(
                    response,
                    503,
                    "token-check-unavailable",
                    "Your token cannot be checked just now because the sign-in service cannot be reached."
                            + " Try again in a minute.");
        }
        Membership decision;
        PersonStanding.Standing person;
        try {
            MembershipCheck.TokenAdmission admitted = membership.admitToken(identity);
            decision = admitted.membership();
            person = admitted.standing();
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                LOG.warn("Database unavailable while admitting a caller: {}", e.getMessage());
                return refuse(response, 503, DatabaseUnavailable.CODE, DatabaseUnavailable.MESSAGE);
            }
            throw e;
        }
        if (decision instanceof Membership.Refused refused) {
            return refuse(response, 403, refused.code(), refused.reason());
        }
        if (!person.admitsToken(identity.issuedAt(), identity.sessionId())) {
            return refuse(
                    response,
                    401,
                    "access-changed",
                    person.reason().orElse("Your access changed.") + " Tokens issued before that no longer work.");
        }
        Caller user = ((Membership.Admitted) decision).caller();
        request.setAttribute(ApiCaller.ATTRIBUTE, user);
        return true;
    }

    private boolean refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        if (status == 503) {
            response.setHeader("Retry-After", "30");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(ApiProblem.MEDIA_TYPE);
        byte[] body = json.writeValueAsBytes(ApiProblem.of(status, code, message));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return false;
    }
}
