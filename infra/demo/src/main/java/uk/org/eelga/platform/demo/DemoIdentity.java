package uk.org.eelga.platform.demo;

import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;

/** Who demo records say wrote them: a system member of association staff, clearly named. */
public final class DemoIdentity {

    public static final Caller SYSTEM = new Caller(
            "system-demo-data", "demo-data@eelga.demo", "Demo data", Set.of(Role.ASSOCIATION_STAFF), null, null);

    private DemoIdentity() {}
}
