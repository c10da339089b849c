package uk.org.eelga.platform.demo;

import uk.org.eelga.tenancy.Caller;

/** Who demo records say wrote them: a system member of association staff, clearly named. */
public final class DemoIdentity {

    public static final Caller SYSTEM = Caller.platform("system-demo-data", "demo-data@eelga.demo", "Demo data");

    private DemoIdentity() {}
}
