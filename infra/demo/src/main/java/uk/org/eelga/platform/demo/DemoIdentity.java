package uk.org.eelga.platform.demo;

import java.util.Set;
import uk.org.eelga.tenancy.identity.Role;
import uk.org.eelga.tenancy.identity.SignedInUser;

/** Who demo records say wrote them: a system member of association staff, clearly named. */
public final class DemoIdentity {

    public static final SignedInUser SYSTEM = new SignedInUser(
            "system-demo-data", "demo-data@eelga.demo", "Demo data", Set.of(Role.ASSOCIATION_STAFF), null, null);

    private DemoIdentity() {}
}
