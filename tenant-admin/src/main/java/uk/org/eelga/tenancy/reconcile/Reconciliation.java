package uk.org.eelga.tenancy.reconcile;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Role;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilDomains;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakIdentityProviders;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;
import uk.org.eelga.tenancy.keycloak.LinkedIdentityProvider;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;

/** Compares Keycloak with the council register and council_user; reports, never repairs. Staff only. */
@Singleton
public class Reconciliation {

    private final KeycloakDirectory keycloak;
    private final CouncilDirectory councils;
    private final AssociationWideRead associationWide;
    private final KeycloakIdentityProviders providers;
    private final CouncilDomains domains;

    Reconciliation(
            KeycloakDirectory keycloak,
            CouncilDirectory councils,
            AssociationWideRead associationWide,
            KeycloakIdentityProviders providers,
            CouncilDomains domains) {
        this.keycloak = keycloak;
        this.councils = councils;
        this.associationWide = associationWide;
        this.providers = providers;
        this.domains = domains;
    }

    public ReconcileReport check(Caller staff) {
        staff.requireStaff("Only association staff can run the reconcile check.");
        Map<String, CouncilSummary> register = new HashMap<>();
        councils.all().forEach(council -> register.put(council.id(), council));
        Map<String, KeycloakOrganisation> organisations = new HashMap<>();
        keycloak.organisations().forEach(org -> organisations.put(org.alias(), org));

        Set<String> withoutCouncil = new TreeSet<>(organisations.keySet());
        withoutCouncil.removeAll(register.keySet());
        Set<String> withoutOrganisation = new TreeSet<>();
        register.values().stream()
                .filter(c -> c.status() != CouncilStatus.MERGED && c.status() != CouncilStatus.LEFT)
                .filter(c -> !organisations.containsKey(c.id()))
                .forEach(c -> withoutOrganisation.add(c.id()));

        Map<String, Set<String>> membersByCouncil = new HashMap<>();
        Set<String> everyMember = new HashSet<>();
        List<String> closedMembers = new ArrayList<>();
        for (KeycloakOrganisation org : organisations.values()) {
            Set<String> members = keycloak.memberIds(org.id());
            membersByCouncil.put(org.alias(), members);
            everyMember.addAll(members);
            CouncilSummary council = register.get(org.alias());
            if (council != null
                    && (council.status() == CouncilStatus.MERGED || council.status() == CouncilStatus.LEFT)
                    && !members.isEmpty()) {
                closedMembers.add(org.alias() + ": " + members.size() + " member(s)");
            }
        }
        Set<String> usersWithoutCouncil = new TreeSet<>();
        for (Role role : Role.values()) {
            if (!role.isAssociation()) {
                keycloak.usersWithRole(role.claim()).forEach((id, email) -> {
                    if (!everyMember.contains(id)) {
                        usersWithoutCouncil.add(email);
                    }
                });
            }
        }
        List<String> outside = associationWide.read(staff, "reconcile check: people against Keycloak", connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "select tenant_id, subject, email from council_user order by tenant_id, email");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Set<String> members = membersByCouncil.getOrDefault(rows.getString(1), Set.of());
                    if (!members.contains(rows.getString(2))) {
                        found.add(rows.getString(1) + ": " + rows.getString(3));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read council people", e);
            }
            return found;
        });
        Map<TenantId, List<String>> registeredDomains = domains.all();
        return new ReconcileReport(
                List.copyOf(withoutCouncil),
                List.copyOf(withoutOrganisation),
                List.copyOf(usersWithoutCouncil),
                outside,
                closedMembers,
                misplacedProviders(register, organisations, registeredDomains),
                domainsOutOfStep(register, organisations, registeredDomains));
    }

    /** Councils whose organisation's email domains differ from the register's (e.g. a merge Keycloak missed). */
    private List<String> domainsOutOfStep(
            Map<String, CouncilSummary> register,
            Map<String, KeycloakOrganisation> organisations,
            Map<TenantId, List<String>> registeredDomains) {
        List<String> found = new ArrayList<>();
        for (CouncilSummary council : register.values()) {
            KeycloakOrganisation org = organisations.get(council.id());
            if (org == null || council.status() == CouncilStatus.LEFT) {
                continue;
            }
            Set<String> registered =
                    new TreeSet<>(registeredDomains.getOrDefault(TenantId.of(council.id()), List.of()));
            Set<String> inKeycloak = new TreeSet<>(org.domains());
            if (!registered.equals(inKeycloak)) {
                found.add(council.id() + ": register " + registered + ", Keycloak " + inKeycloak);
            }
        }
        found.sort(null);
        return found;
    }

    /** Councils' own sign-in providers that no longer fit the register: see {@link ReconcileReport}. */
    private List<String> misplacedProviders(
            Map<String, CouncilSummary> register,
            Map<String, KeycloakOrganisation> organisations,
            Map<TenantId, List<String>> registeredDomains) {
        List<String> found = new ArrayList<>();
        for (LinkedIdentityProvider provider : providers.all(CouncilSignInProviders.ALIAS_PREFIX)) {
            String councilId = provider.alias().substring(CouncilSignInProviders.ALIAS_PREFIX.length());
            CouncilSummary council = register.get(councilId);
            KeycloakOrganisation org = organisations.get(councilId);
            if (council == null) {
                found.add(provider.alias() + ": no council " + councilId);
            } else if (council.status() != CouncilStatus.ACTIVE && council.status() != CouncilStatus.SUSPENDED) {
                found.add(provider.alias() + ": " + council.name() + " is " + council.status());
            } else if (org == null || !org.id().equals(provider.organisationId())) {
                found.add(provider.alias() + ": not linked to " + council.name() + "'s organisation");
            } else if (!registeredDomains
                    .getOrDefault(TenantId.of(councilId), List.of())
                    .contains(provider.domain())) {
                found.add(provider.alias() + ": " + provider.domain() + " is not a domain of " + council.name());
            }
        }
        return found;
    }
}
