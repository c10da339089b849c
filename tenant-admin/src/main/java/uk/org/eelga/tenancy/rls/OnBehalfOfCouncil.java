package uk.org.eelga.tenancy.rls;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;

/**
 * The one way association staff write a council's own rows (attendance for a meeting, a booking made for a
 * council, an invoice record): the work runs bound to that council through {@link TenantScope#onBehalfOf}, so
 * row-level security and Micronaut Data's tenant filter apply exactly as if the council had written it. Council
 * people can never use it.
 */
@Singleton
public class OnBehalfOfCouncil {

    public <T> T call(Caller staff, TenantId council, Supplier<T> work) {
        return TenantScope.onBehalfOf(staff, council, work);
    }

    public void run(Caller staff, TenantId council, Runnable work) {
        call(staff, council, () -> {
            work.run();
            return null;
        });
    }
}
