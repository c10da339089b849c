package uk.org.eelga.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.identity.Membership;
import uk.org.eelga.tenancy.identity.MembershipCheck;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.identity.VerifiedIdentity;

/**
 * Runs after Micronaut Security has verified the bearer token: decides, from the token's organisation claim
 * only, whether the caller is let in and as which council, and binds that council for the rest of the request.
 */
@ServerFilter("/api/v1/**")
class ApiMembershipFilter implements Ordered {

    private final MembershipCheck membership;

    ApiMembershipFilter(MembershipCheck membership) {
        this.membership = membership;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request, MutablePropagatedContext context) {
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            return null; // the security rules answer 401
        }
        Membership decision = membership.decide(identity(authentication));
        if (decision instanceof Membership.Refused refused) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiProblem(refused.code(), refused.reason()));
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
        return ServerFilterPhase.SECURITY.after();
    }

    private static VerifiedIdentity identity(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        return new VerifiedIdentity(
                authentication.getName(),
                String.valueOf(claims.getOrDefault("email", "")),
                String.valueOf(claims.getOrDefault("name", authentication.getName())),
                strings(claims.get("organization")),
                List.copyOf(authentication.getRoles()));
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
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
