package uk.org.eelga.platform.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.api.ApiCaller;

/**
 * Binds the council of the caller {@link BearerAuthentication} admitted (from the verified token only) for the rest
 * of the request through {@link TenantScope}, on whichever thread runs its controller and repositories.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class ApiTenantBinding implements Ordered {

    @RequestFilter
    void bind(HttpRequest<?> request, MutablePropagatedContext context) {
        request.getAttribute(ApiCaller.ATTRIBUTE, Caller.class)
                .filter(caller -> caller.council() != null)
                .ifPresent(caller -> context.add(new TenantElement(caller)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private record TenantElement(Caller caller) implements ThreadPropagatedContextElement<CurrentTenant.Binding> {
        @Override
        public CurrentTenant.Binding updateThreadContext() {
            return TenantScope.bind(caller);
        }

        @Override
        public void restoreThreadContext(CurrentTenant.Binding previous) {
            previous.close();
        }
    }
}
