package uk.org.eelga.tenancy.users;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilDomains;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.identity.PersonStanding;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakMember;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;

/**
 * Manages a council's people in Keycloak through the platform's service account. A council admin may act only
 * on their own council (the council comes from their session or token, never from the request); association
 * admins on any. Only council roles can be given; a user id that is not a member of the council is "not found".
 */
@Singleton
public class CouncilUserAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilUserAdmin.class);

    static final Set<String> COUNCIL_ROLES = Stream.of(Role.values())
            .filter(role -> !role.isAssociation())
            .map(Role::claim)
            .collect(Collectors.toUnmodifiableSet());

    private final KeycloakDirectory keycloak;
    private final CouncilDirectory councils;
    private final CouncilDomains domains;
    private final AuditLog audit;
    private final PersonStanding standing;

    CouncilUserAdmin(
            KeycloakDirectory keycloak,
            CouncilDirectory councils,
            CouncilDomains domains,
            AuditLog audit,
            PersonStanding standing) {
        this.keycloak = keycloak;
        this.councils = councils;
        this.domains = domains;
        this.audit = audit;
        this.standing = standing;
    }

    public List<CouncilMemberView> list(Caller actor, TenantId council) {
        KeycloakOrganisation org = organisation(actor, council);
        return keycloak.members(org.id()).stream().map(CouncilUserAdmin::view).toList();
    }

    /**
     * Invites a person: (1) the account, (2) membership of the council's organisation, (3) the roles, (4) the
     * invitation email. When (1)-(3) fail, what this call did is undone (an account it created is deleted) and the
     * failure is refused as "nothing changed"; if the undo fails too, the outcome says exactly what exists and the
     * audit log records it. When only the email fails, the account stands (audited) and the outcome says so:
     * inviting again sends the email.
     */
    @Transactional
    public InvitationOutcome invite(Caller actor, TenantId council, Invitation invitation) {
        KeycloakOrganisation org = organisation(actor, council);
        Set<String> roles = councilRoles(invitation.roles());
        String email =
                invitation.email() == null ? "" : invitation.email().strip().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.contains(" ")) {
            throw new ActionRefused("bad-email", "Give the person's email address.");
        }
        if (!domains.ownerOf(email.substring(at + 1)).filter(council::equals).isPresent()) {
            throw new ActionRefused(
                    "foreign-domain",
                    "Only addresses of " + String.join(", ", domains.of(council)) + " can be invited to this council.");
        }
        if (blank(invitation.firstName()) || blank(invitation.lastName())) {
            throw new ActionRefused("bad-name", "Give the person's first and last name.");
        }
        Text.check("the first name", invitation.firstName(), Invitation.NAME_MAX, false, BAD_NAME);
        Text.check("the last name", invitation.lastName(), Invitation.NAME_MAX, false, BAD_NAME);
        var existing = keycloak.findUserByEmail(email);
        if (existing.isPresent() && !keycloak.isMember(org.id(), existing.get().id())) {
            throw new ActionRefused(
                    "taken", email + " already has an account; ask the East of England LGA to move it.");
        }
        String asRoles = email + " as " + String.join(", ", roles);
        KeycloakMember user = null;
        String step = "create the account";
        try {
            user = keycloak.createOrFindUser(
                    email, invitation.firstName().strip(), invitation.lastName().strip());
            step = "make them a member of the council";
            keycloak.addMember(org.id(), user.id());
            step = "give them their roles";
            keycloak.setRealmRoles(user.id(), roles, COUNCIL_ROLES);
        } catch (KeycloakUnavailable failed) {
            return undo(actor, council, email, asRoles, existing.isEmpty(), user, step, failed);
        }
        try {
            keycloak.sendInvitation(user.id());
        } catch (KeycloakUnavailable failed) {
            LOG.warn("Invitation email to {} not sent", email, failed);
            audit.record(
                    actor, council, "user.invited", null, asRoles, "invitation email not sent: " + failed.getMessage());
            return new InvitationOutcome(
                    InvitationOutcome.Kind.NOT_SENT,
                    "invitation-not-sent",
                    "The account of " + email + " was created with the roles " + String.join(", ", roles)
                            + ", but the invitation email could not be sent (" + failed.getMessage()
                            + "). Invite " + email + " again to send it.",
                    current(user));
        }
        audit.record(actor, council, "user.invited", asRoles);
        return new InvitationOutcome(
                InvitationOutcome.Kind.INVITED, "invited", "Invitation sent to " + email + ".", current(user));
    }

    /**
     * A step before the email failed: an account this call created is deleted, so nothing is left. An account that
     * was already there (inviting a member again) keeps what it had, apart from roles that may be part-set.
     */
    private InvitationOutcome undo(
            Caller actor,
            TenantId council,
            String email,
            String asRoles,
            boolean createdHere,
            KeycloakMember user,
            String step,
            KeycloakUnavailable failed) {
        LOG.warn("Inviting {} failed when trying to {}", email, step, failed);
        String why = "Could not " + step + " (" + failed.getMessage() + ")";
        if (createdHere) {
            boolean undone;
            try {
                // the account may have been made even if the answer was lost: look for it
                KeycloakMember created =
                        user != null ? user : keycloak.findUserByEmail(email).orElse(null);
                if (created != null) {
                    keycloak.deleteUser(created.id());
                }
                undone = true;
            } catch (KeycloakUnavailable undoFailed) {
                LOG.warn("Removing the half-made account of {} failed too", email, undoFailed);
                undone = false;
            }
            if (undone) {
                throw new KeycloakUnavailable(why + "; nothing was kept.", failed);
            }
        }
        String left = createdHere
                ? "The account of " + email + " exists but is not complete (it could not be removed: retry the"
                        + " invitation to complete it, or deactivate it)"
                : email + " already had an account; their roles may be only partly changed (look at them and retry)";
        audit.record(actor, council, "user.invite-incomplete", null, asRoles, why + ". " + left);
        return new InvitationOutcome(
                InvitationOutcome.Kind.INCOMPLETE,
                "invitation-incomplete",
                why + ". " + left + ". No invitation email was sent.",
                whatExists(email));
    }

    /** The person as Keycloak has them now; as last seen if Keycloak cannot say (the outcome stands either way). */
    private CouncilMemberView current(KeycloakMember user) {
        try {
            return keycloak.findUser(user.id()).map(CouncilUserAdmin::view).orElse(view(user));
        } catch (KeycloakUnavailable e) {
            return view(user);
        }
    }

    private CouncilMemberView whatExists(String email) {
        try {
            return keycloak.findUserByEmail(email).map(CouncilUserAdmin::view).orElse(null);
        } catch (KeycloakUnavailable e) {
            return null;
        }
    }

    @Transactional
    public CouncilMemberView changeRoles(Caller actor, TenantId council, String userId, List<String> roleNames) {
        KeycloakOrganisation org = organisation(actor, council);
        Set<String> roles = councilRoles(roleNames);
        KeycloakMember member = member(org, userId);
        withdrawAccess(member, PersonStanding.Change.ROLES_CHANGED);
        keycloak.setRealmRoles(member.id(), roles, COUNCIL_ROLES);
        keycloak.endSessions(member.id());
        audit.record(
                actor,
                council,
                "user.roles-changed",
                member.email() + ": " + String.join(", ", councilRolesOf(member)),
                member.email() + ": " + String.join(", ", roles),
                null);
        return view(keycloak.findUser(member.id()).orElseThrow());
    }

    @Transactional
    public CouncilMemberView deactivate(Caller actor, TenantId council, String userId) {
        KeycloakOrganisation org = organisation(actor, council);
        KeycloakMember member = member(org, userId);
        if (member.id().equals(actor.subject())) {
            throw new ActionRefused("self", "You cannot deactivate yourself; ask another admin.");
        }
        withdrawAccess(member, PersonStanding.Change.DEACTIVATED);
        keycloak.setEnabled(member.id(), false);
        audit.record(
                actor,
                council,
                "user.deactivated",
                member.email() + ": active",
                member.email() + ": deactivated",
                null);
        return view(keycloak.findUser(member.id()).orElseThrow());
    }

    /**
     * The person's open tokens and page sessions stop working at their next request (recorded in this transaction,
     * so a failure later undoes it with the rest); their Keycloak sessions are ended by the caller after the change.
     */
    private void withdrawAccess(KeycloakMember member, PersonStanding.Change change) {
        standing.accessChanged(member.id(), change, keycloak.sessionIds(member.id()));
    }

    private KeycloakOrganisation organisation(Caller actor, TenantId council) {
        actor.requireAdminOf(council, () -> new NotFoundForCaller("No such council"));
        CouncilSummary summary = councils.find(council).orElseThrow(() -> new NotFoundForCaller("No such council"));
        if (summary.status() != CouncilStatus.ACTIVE && summary.status() != CouncilStatus.SUSPENDED) {
            throw new ActionRefused(
                    "council-closed",
                    summary.name() + " is " + summary.status().name().toLowerCase());
        }
        return keycloak.findOrganisation(council.value())
                .orElseThrow(() -> new ActionRefused(
                        "no-organisation", summary.name() + " has no Keycloak organisation; run the reconcile check."));
    }

    private KeycloakMember member(KeycloakOrganisation org, String userId) {
        if (userId == null || !userId.matches("[0-9a-fA-F-]{1,64}")) {
            throw new NotFoundForCaller("No such person");
        }
        return keycloak.members(org.id()).stream()
                .filter(member -> member.id().equals(userId))
                .findFirst()
                .orElseThrow(() -> new NotFoundForCaller("No such person"));
    }

    static Set<String> councilRoles(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new ActionRefused("no-role", "Give at least one role: officer, leader or council admin.");
        }
        if (names.size() > COUNCIL_ROLES.size()) {
            throw new ActionRefused("too-many-roles", "Give at most " + COUNCIL_ROLES.size() + " roles.");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String name : names) {
            String role = name == null ? "" : name.strip();
            if (!COUNCIL_ROLES.contains(role)) {
                throw new ActionRefused(
                        "not-a-council-role",
                        (role.length() <= 40 && !Text.hasControlCharacters(role, false) ? "'" + role + "'" : "That")
                                + " is not a council role; choose from " + new TreeSet<>(COUNCIL_ROLES) + ".");
            }
            roles.add(role);
        }
        return roles;
    }

    private static List<String> councilRolesOf(KeycloakMember member) {
        return member.realmRoles().stream()
                .filter(COUNCIL_ROLES::contains)
                .sorted()
                .toList();
    }

    private static CouncilMemberView view(KeycloakMember member) {
        String name = Stream.of(member.firstName(), member.lastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return new CouncilMemberView(member.id(), member.email(), name, member.enabled(), councilRolesOf(member));
    }

    private static final java.util.function.Function<String, ActionRefused> BAD_NAME =
            sentence -> new ActionRefused("bad-name", sentence);

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
