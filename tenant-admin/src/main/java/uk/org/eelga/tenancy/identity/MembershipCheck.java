package uk.org.eelga.tenancy.identity;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;

/**
 * Decides who a verified identity is on the platform. The council comes only from the token's organisation
 * claim (the Keycloak organisation alias), checked against the council register.
 */
@Singleton
public class MembershipCheck {

    static final String NOT_LINKED = "Your account is not linked to a member council. "
            + "Ask your council's administrator or the East of England LGA to add you.";

    private final CouncilDirectory councils;
    private final PersonStanding standing;

    MembershipCheck(CouncilDirectory councils, PersonStanding standing) {
        this.councils = councils;
        this.standing = standing;
    }

    /**
     * A bearer token's admission: the membership {@link #decide decided} and the person's standing, read in one
     * transaction and, for a council member, one statement (issue 13: two transactions, then two statements, on
     * every API call).
     */
    @ReadOnly
    public TokenAdmission admitToken(VerifiedIdentity identity) {
        Optional<TenantId> council = councilToLookUp(identity);
        if (council.isEmpty()) {
            return new TokenAdmission(decide(identity), standing.of(identity.subject()));
        }
        PersonStanding.StandingAndCouncil read = standing.withCouncil(identity.subject(), council.get());
        return new TokenAdmission(decide(identity, id -> read.council()), read.standing());
    }

    /** The membership decided for a token and its person's standing, read together. */
    public record TokenAdmission(Membership membership, PersonStanding.Standing standing) {}

    /**
     * What the people of a council that is not active are told: a merged council's people where to go now (their
     * accounts moved to the successor, so signing in again takes them there), a departed council's that it left.
     */
    public Membership.Refused refusedFor(CouncilSummary council) {
        switch (council.status()) {
            case MERGED:
                String successor =
                        councils.successorName(TenantId.of(council.id())).orElse("another council");
                return new Membership.Refused(
                        "council-merged",
                        council.name() + " is now part of " + successor + ". Sign out and sign in again to use "
                                + successor + "'s portal.");
            case LEFT:
                return new Membership.Refused(
                        "council-left",
                        council.name() + " has left the East of England LGA's member platform."
                                + " Contact the association if you think this is wrong.");
            default:
                return new Membership.Refused(
                        "council-suspended",
                        council.name() + " cannot use the platform at the moment. Contact the East of England LGA.");
        }
    }

    public Membership decide(VerifiedIdentity identity) {
        return decide(identity, councils::find);
    }

    /** The council {@link #decide} looks up for this identity: none for association staff or an unusable claim. */
    private static Optional<TenantId> councilToLookUp(VerifiedIdentity identity) {
        if (Role.fromClaims(identity.roles()).stream().anyMatch(Role::isAssociation)
                || identity.organizations().size() != 1) {
            return Optional.empty();
        }
        return identity.organizations().stream()
                .filter(MembershipCheck::usableAlias)
                .findFirst()
                .map(TenantId::of);
    }

    private static boolean usableAlias(String alias) {
        return alias.matches("[a-z0-9]+(-[a-z0-9]+)*") && alias.length() <= 60;
    }

    private Membership decide(VerifiedIdentity identity, Function<TenantId, Optional<CouncilSummary>> register) {
        Set<Role> roles = Role.fromClaims(identity.roles());
        if (roles.stream().anyMatch(Role::isAssociation)) {
            return new Membership.Admitted(
                    new Caller(identity.subject(), identity.email(), identity.displayName(), roles, null, null));
        }
        if (identity.organizations().size() > 1) {
            return new Membership.Refused(
                    "several-councils",
                    "Your account is linked to more than one council. "
                            + "Ask the East of England LGA to keep it linked to one.");
        }
        Optional<CouncilSummary> council = identity.organizations().stream()
                .filter(MembershipCheck::usableAlias)
                .findFirst()
                .flatMap(alias -> register.apply(TenantId.of(alias)));
        if (council.isEmpty()) {
            return new Membership.Refused("not-linked", NOT_LINKED);
        }
        if (council.get().status() != CouncilStatus.ACTIVE) {
            return refusedFor(council.get());
        }
        if (roles.isEmpty()) {
            return new Membership.Refused(
                    "no-role",
                    "Your account has no role at " + council.get().name()
                            + ". Ask your council's administrator to give you one.");
        }
        return new Membership.Admitted(new Caller(
                identity.subject(),
                identity.email(),
                identity.displayName(),
                roles,
                TenantId.of(council.get().id()),
                council.get().name()));
    }
}
