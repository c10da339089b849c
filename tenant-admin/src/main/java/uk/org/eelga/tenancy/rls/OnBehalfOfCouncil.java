package uk.org.eelga.tenancy.rls;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.identity.SignedInUser;

/**
 * The one way association staff write a council's own rows (attendance for a meeting, a booking made for a
 * council, an invoice record): the work runs bound to that council, so row-level security and Micronaut Data's
 * tenant filter apply exactly as if the council had written it. Council people can never use it.
 */
@Singleton
public class OnBehalfOfCouncil {

    public <T> T call(SignedInUser staff, TenantId council, Supplier<T> work) {
        if (!staff.isAssociationStaff()) {
            throw new SecurityException("Only association staff can act on behalf of a council");
        }
        if (CurrentTenant.get().filter(bound -> !bound.equals(council)).isPresent()) {
            throw new IllegalStateException("Already working for another council");
        }
        return CurrentTenant.callAs(council, work);
    }

    public void run(SignedInUser staff, TenantId council, Runnable work) {
        call(staff, council, () -> {
            work.run();
            return null;
        });
    }
}
