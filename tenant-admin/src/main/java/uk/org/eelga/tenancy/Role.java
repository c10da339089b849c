package uk.org.eelga.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The platform's roles. Council roles need a council; association roles belong to EELGA staff. */
public enum Role {
    COUNCIL_OFFICER(Roles.COUNCIL_OFFICER, "Officer", false),
    COUNCIL_LEADER(Roles.COUNCIL_LEADER, "Leader", false),
    COUNCIL_ADMIN(Roles.COUNCIL_ADMIN, "Council admin", false),
    ASSOCIATION_STAFF(Roles.ASSOCIATION_STAFF, "Association staff", true),
    ASSOCIATION_ADMIN(Roles.ASSOCIATION_ADMIN, "Association admin", true);

    private final String claim;
    private final String label;
    private final boolean association;

    Role(String claim, String label, boolean association) {
        this.claim = claim;
        this.label = label;
        this.association = association;
    }

    public String claim() {
        return claim;
    }

    public String label() {
        return label;
    }

    public boolean isAssociation() {
        return association;
    }

    /** The platform roles among a token's role claims; other realm roles (e.g. offline_access) are ignored. */
    public static Set<Role> fromClaims(Collection<String> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (claims.contains(role.claim)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
