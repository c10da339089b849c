package uk.org.eelga.tenancy.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

/**
 * The two reads that admit a bearer token, in one read transaction (issue 13: they were two transactions, each with
 * its own checkout, begin and commit, on every API call): who the identity is on the platform ({@link
 * MembershipCheck}) and whether the person's access still stands ({@link PersonStanding}).
 */
@Singleton
public class TokenAdmission {

    private final MembershipCheck membership;
    private final PersonStanding standing;

    TokenAdmission(MembershipCheck membership, PersonStanding standing) {
        this.membership = membership;
        this.standing = standing;
    }

    @ReadOnly
    public Decision check(VerifiedIdentity identity) {
        return new Decision(membership.decide(identity), standing.of(identity.subject()));
    }

    /** The membership decided and the person's standing, read together. */
    public record Decision(Membership membership, PersonStanding.Standing standing) {}
}
