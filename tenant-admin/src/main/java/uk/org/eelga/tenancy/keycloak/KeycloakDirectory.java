package uk.org.eelga.tenancy.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The platform's service account in Keycloak (client credentials of a confidential client holding only the
 * realm-management roles it needs). Every method is idempotent where it creates: "create or find", so a retried
 * onboarding or invitation completes instead of failing on what the first attempt made.
 */
@Singleton
public class KeycloakDirectory {

    private static final int PAGE = 1000;

    private final KeycloakAdminSettings settings;
    private volatile Keycloak client;
    private volatile RealmResource realm;

    KeycloakDirectory(KeycloakAdminSettings settings) {
        this.settings = settings;
    }

    /**
     * The realm, for the other Keycloak classes of this package (one client and token for all of them). The realm's
     * resource is made once and kept (issue 13): each one is a client proxy built by reflection, and making it on
     * every call was most of the platform's own CPU in the directory's calls. It is stateless; every call on it is a
     * request of its own.
     */
    RealmResource realm() {
        RealmResource current = realm;
        if (current == null) {
            synchronized (this) {
                if (realm == null) {
                    client = KeycloakBuilder.builder()
                            .serverUrl(settings.serverUrl())
                            .realm(settings.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .build();
                    realm = client.realm(settings.realm());
                }
                current = realm;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    // ----- organisations

    public List<KeycloakOrganisation> organisations() {
        return call("list organisations", () -> realm().organizations().list(0, PAGE).stream()
                .map(KeycloakDirectory::organisation)
                .toList());
    }

    public Optional<KeycloakOrganisation> findOrganisation(String alias) {
        return organisations().stream().filter(o -> alias.equals(o.alias())).findFirst();
    }

    /** The organisation with this alias, created with the name and domains if it does not exist yet. */
    public KeycloakOrganisation createOrFindOrganisation(String alias, String name, Collection<String> domains) {
        Optional<KeycloakOrganisation> existing = findOrganisation(alias);
        if (existing.isPresent()) {
            return existing.get();
        }
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setEnabled(true);
        for (String domain : domains) {
            org.addDomain(new OrganizationDomainRepresentation(domain));
        }
        call("create organisation " + alias, () -> {
            try (Response response = realm().organizations().create(org)) {
                expectSuccess(response, "create organisation " + alias);
            }
            return null;
        });
        return findOrganisation(alias)
                .orElseThrow(() -> new KeycloakUnavailable("Organisation " + alias + " was not created", null));
    }

    /**
     * Moves every email domain of one organisation to another (Keycloak lets a domain belong to one organisation
     * only, so it leaves the first before joining the second). Safe to repeat; returns the domains moved.
     */
    public List<String> moveDomains(String fromAlias, String toAlias) {
        Optional<KeycloakOrganisation> from = findOrganisation(fromAlias);
        KeycloakOrganisation to = findOrganisation(toAlias)
                .orElseThrow(() -> new KeycloakUnavailable("No organisation " + toAlias, null));
        if (from.isEmpty() || from.get().domains().isEmpty()) {
            return List.of();
        }
        List<String> moved = List.copyOf(from.get().domains());
        updateOrganisation(
                from.get().id(),
                org -> List.copyOf(org.getDomains()).forEach(org::removeDomain),
                "drop domains of " + fromAlias);
        updateOrganisation(
                to.id(),
                org -> moved.forEach(domain -> org.addDomain(new OrganizationDomainRepresentation(domain))),
                "add domains to " + toAlias);
        return moved;
    }

    /** Sets exactly these email domains on the organisation (each must not belong to another organisation). */
    public void setDomains(String alias, Collection<String> domains) {
        KeycloakOrganisation org =
                findOrganisation(alias).orElseThrow(() -> new KeycloakUnavailable("No organisation " + alias, null));
        updateOrganisation(
                org.id(),
                rep -> {
                    if (rep.getDomains() != null) {
                        List.copyOf(rep.getDomains()).forEach(rep::removeDomain);
                    }
                    domains.forEach(domain -> rep.addDomain(new OrganizationDomainRepresentation(domain)));
                },
                "set domains of " + alias);
    }

    private void updateOrganisation(
            String id, java.util.function.Consumer<OrganizationRepresentation> change, String what) {
        call(what, () -> {
            OrganizationRepresentation org = realm().organizations().get(id).toRepresentation();
            change.accept(org);
            try (Response response = realm().organizations().get(id).update(org)) {
                expectSuccess(response, what);
            }
            return null;
        });
    }

    public void deleteOrganisation(String alias) {
        findOrganisation(alias)
                .ifPresent(org -> call("delete organisation " + alias, () -> {
                    try (Response response =
                            realm().organizations().get(org.id()).delete()) {
                        expectSuccess(response, "delete organisation " + alias);
                    }
                    return null;
                }));
    }

    public List<KeycloakMember> members(String organisationId) {
        return call("list members", () -> realm().organizations().get(organisationId).members().list(0, PAGE).stream()
                .map(member -> member(member, realmRoles(member.getId())))
                .toList());
    }

    /** Member ids only (no role look-ups): for the reconcile check across every organisation. */
    public Set<String> memberIds(String organisationId) {
        return call("list members", () -> realm().organizations().get(organisationId).members().list(0, PAGE).stream()
                .map(UserRepresentation::getId)
                .collect(Collectors.toSet()));
    }

    /** Users holding a realm role (id to email). */
    public java.util.Map<String, String> usersWithRole(String role) {
        return call("list users with role " + role, () -> realm().roles().get(role).getUserMembers(0, PAGE).stream()
                .collect(Collectors.toMap(UserRepresentation::getId, u -> String.valueOf(u.getEmail()), (a, b) -> a)));
    }

    public boolean isMember(String organisationId, String userId) {
        return members(organisationId).stream().anyMatch(member -> member.id().equals(userId));
    }

    public void addMember(String organisationId, String userId) {
        if (isMember(organisationId, userId)) {
            return;
        }
        call("add member", () -> {
            try (Response response =
                    realm().organizations().get(organisationId).members().addMember(userId)) {
                expectSuccess(response, "add member");
            }
            return null;
        });
    }

    public void removeMember(String organisationId, String userId) {
        if (!isMember(organisationId, userId)) {
            return;
        }
        call("remove member", () -> {
            try (Response response = realm().organizations()
                    .get(organisationId)
                    .members()
                    .member(userId)
                    .delete()) {
                expectSuccess(response, "remove member");
            }
            return null;
        });
    }

    // ----- users

    public Optional<KeycloakMember> findUserByEmail(String email) {
        return call("find user", () -> realm().users().searchByEmail(email, true).stream()
                .findFirst()
                .map(user -> member(user, realmRoles(user.getId()))));
    }

    public Optional<KeycloakMember> findUser(String userId) {
        return call("find user", () -> {
            try {
                UserRepresentation user = realm().users().get(userId).toRepresentation();
                return Optional.of(member(user, realmRoles(userId)));
            } catch (jakarta.ws.rs.NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** The user with this email, created (enabled, email verified, must set a password) if there is none. */
    public KeycloakMember createOrFindUser(String email, String firstName, String lastName) {
        Optional<KeycloakMember> existing = findUserByEmail(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        call("create user", () -> {
            try (Response response = realm().users().create(user)) {
                expectSuccess(response, "create user " + email);
            }
            return null;
        });
        return findUserByEmail(email)
                .orElseThrow(() -> new KeycloakUnavailable("User " + email + " was not created", null));
    }

    /** Deletes the user with this id (undoing an account that could not be completed). */
    public void deleteUser(String userId) {
        call("delete user", () -> {
            try (Response response = realm().users().delete(userId)) {
                expectSuccess(response, "delete user " + userId);
            }
            return null;
        });
    }

    /** Deletes the user with this email, if there is one (tests, and erasure when a council leaves). */
    public void deleteUserByEmail(String email) {
        findUserByEmail(email)
                .ifPresent(user -> call("delete user", () -> {
                    try (Response response = realm().users().delete(user.id())) {
                        expectSuccess(response, "delete user " + email);
                    }
                    return null;
                }));
    }

    /** Replaces the user's platform roles among {@code manageable} with {@code wanted}; other roles stay. */
    public void setRealmRoles(String userId, Set<String> wanted, Set<String> manageable) {
        call("set roles", () -> {
            var mapping = realm().users().get(userId).roles().realmLevel();
            Set<String> current =
                    mapping.listAll().stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
            List<RoleRepresentation> remove = current.stream()
                    .filter(manageable::contains)
                    .filter(name -> !wanted.contains(name))
                    .map(name -> realm().roles().get(name).toRepresentation())
                    .toList();
            List<RoleRepresentation> add = wanted.stream()
                    .filter(name -> !current.contains(name))
                    .map(name -> realm().roles().get(name).toRepresentation())
                    .toList();
            if (!remove.isEmpty()) {
                mapping.remove(remove);
            }
            if (!add.isEmpty()) {
                mapping.add(add);
            }
            return null;
        });
    }

    public void setEnabled(String userId, boolean enabled) {
        call("enable or disable user", () -> {
            var resource = realm().users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            if (!enabled) {
                resource.logout();
            }
            return null;
        });
    }

    /** The ids of the user's open Keycloak sessions (the {@code sid} their tokens carry). */
    public List<String> sessionIds(String userId) {
        return call("list user sessions", () -> realm().users().get(userId).getUserSessions().stream()
                .map(session -> session.getId())
                .toList());
    }

    /** Ends every Keycloak session of the user: their next sign-in asks for their password again. */
    public void endSessions(String userId) {
        call("end user sessions", () -> {
            realm().users().get(userId).logout();
            return null;
        });
    }

    /** Changes the user's names and email; used when a council leaves (anonymisation). */
    public void rename(String userId, String email, String firstName, String lastName) {
        call("rename user", () -> {
            var resource = realm().users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            resource.update(user);
            return null;
        });
    }

    /** Keycloak emails the user a link to set their password, then lands them on the platform. */
    public void sendInvitation(String userId) {
        call("send the invitation email", () -> {
            realm().users()
                    .get(userId)
                    .executeActionsEmail(
                            settings.invitationClientId(),
                            settings.invitationRedirect(),
                            settings.invitationLifespanSeconds(),
                            List.of("UPDATE_PASSWORD"));
            return null;
        });
    }

    private Set<String> realmRoles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .collect(Collectors.toSet());
    }

    private static KeycloakMember member(UserRepresentation user, Set<String> roles) {
        return new KeycloakMember(
                user.getId(),
                user.getEmail(),
                user.getFirstName(),
                user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()),
                roles);
    }

    private static KeycloakOrganisation organisation(OrganizationRepresentation org) {
        Set<String> domains = org.getDomains() == null
                ? Set.of()
                : org.getDomains().stream()
                        .map(OrganizationDomainRepresentation::getName)
                        .collect(Collectors.toSet());
        return new KeycloakOrganisation(org.getId(), org.getAlias(), org.getName(), domains);
    }

    static void expectSuccess(Response response, String what) {
        if (response.getStatus() >= 300) {
            throw new KeycloakUnavailable("Keycloak refused to " + what + " (HTTP " + response.getStatus() + ")", null);
        }
    }

    static <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (WebApplicationException e) {
            throw new KeycloakUnavailable(
                    "Keycloak refused to " + what + " (HTTP " + e.getResponse().getStatus() + ")", e);
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw new KeycloakUnavailable("Keycloak did not answer while trying to " + what, e);
        }
    }
}
