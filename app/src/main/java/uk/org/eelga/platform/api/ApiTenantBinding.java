package uk.org.eelga.platform.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.MDC;
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

    /** The council bound, and named in the log lines of whichever thread runs the request (ids only). */
    private record TenantElement(Caller caller) implements ThreadPropagatedContextElement<CurrentTenant.Binding> {
        @Override
        public CurrentTenant.Binding updateThreadContext() {
            CurrentTenant.Binding bound = TenantScope.bind(caller);
            String council = MDC.get("council");
            String user = MDC.get("user");
            MDC.put("council", caller.council().value());
            MDC.put("user", caller.subject());
            return () -> {
                restore("council", council);
                restore("user", user);
                bound.close();
            };
        }

        @Override
        public void restoreThreadContext(CurrentTenant.Binding previous) {
            previous.close();
        }

        private static void restore(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
