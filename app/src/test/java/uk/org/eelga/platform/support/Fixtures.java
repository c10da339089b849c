package uk.org.eelga.platform.support;

import java.util.Set;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.TenantScope;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Known people of known councils, recorded through the platform's own service. */
public final class Fixtures {

    public static final TenantId NORWICH = TenantId.of("norwich");
    public static final TenantId CAMBRIDGE = TenantId.of("cambridge");

    /** Nora, an officer of Norwich City Council. */
    public static final Caller NORA = officer(NORWICH, "Norwich City Council", "Nora");

    /** Cam, an officer of Cambridge City Council. */
    public static final Caller CAM = officer(CAMBRIDGE, "Cambridge City Council", "Cam");

    private Fixtures() {}

    public static Caller officer(TenantId council, String councilName, String name) {
        return new Caller(
                "subject-" + name,
                name + "@" + council + ".demo",
                name,
                Set.of(Role.COUNCIL_OFFICER),
                council,
                councilName);
    }

    /** An officer of {@code council}, for a test's own work as that council ({@code TenantScope.callAs}). */
    public static Caller memberOf(TenantId council) {
        return new Caller(
                "subject-member-of-" + council,
                "member@" + council + ".demo",
                "Member of " + council,
                Set.of(Role.COUNCIL_OFFICER),
                council,
                council.value());
    }

    public static Caller staff() {
        return new Caller("subject-staff", "staff@eelga.demo", "Sam Staff", Set.of(Role.ASSOCIATION_STAFF), null, null);
    }

    public static Caller associationAdmin() {
        return new Caller(
                "subject-admin",
                "admin@eelga.demo",
                "Alex Admin",
                Set.of(Role.ASSOCIATION_ADMIN, Role.ASSOCIATION_STAFF),
                null,
                null);
    }

    /** Records that two Norwich people and one Cambridge person have signed in. */
    public static void peopleOfTwoCouncils(CouncilPeople people) {
        for (Caller user : new Caller[] {NORA, officer(NORWICH, "Norwich City Council", "Ned"), CAM}) {
            TenantScope.runAs(user, () -> people.recordSignIn(user));
        }
    }
}
