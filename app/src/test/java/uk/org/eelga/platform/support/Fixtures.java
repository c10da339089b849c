package uk.org.eelga.platform.support;

import java.util.Set;
import uk.org.eelga.tenancy.CurrentTenant;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.identity.Role;
import uk.org.eelga.tenancy.identity.SignedInUser;
import uk.org.eelga.tenancy.people.CouncilPeople;

/** Known people of known councils, recorded through the platform's own service. */
public final class Fixtures {

    public static final TenantId NORWICH = TenantId.of("norwich");
    public static final TenantId CAMBRIDGE = TenantId.of("cambridge");

    private Fixtures() {}

    public static SignedInUser officer(TenantId council, String councilName, String name) {
        return new SignedInUser(
                "subject-" + name,
                name + "@" + council + ".demo",
                name,
                Set.of(Role.COUNCIL_OFFICER),
                council,
                councilName);
    }

    public static SignedInUser staff() {
        return new SignedInUser(
                "subject-staff", "staff@eelga.demo", "Sam Staff", Set.of(Role.ASSOCIATION_STAFF), null, null);
    }

    public static SignedInUser associationAdmin() {
        return new SignedInUser(
                "subject-admin",
                "admin@eelga.demo",
                "Alex Admin",
                Set.of(Role.ASSOCIATION_ADMIN, Role.ASSOCIATION_STAFF),
                null,
                null);
    }

    /** Records that two Norwich people and one Cambridge person have signed in. */
    public static void peopleOfTwoCouncils(CouncilPeople people) {
        for (SignedInUser user : new SignedInUser[] {
            officer(NORWICH, "Norwich City Council", "Nora"),
            officer(NORWICH, "Norwich City Council", "Ned"),
            officer(CAMBRIDGE, "Cambridge City Council", "Cam")
        }) {
            CurrentTenant.runAs(user.council(), () -> people.recordSignIn(user));
        }
    }
}
