package uk.org.eelga.tenancy.reconcile;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.keycloak.LinkedIdentityProvider;
import uk.org.eelga.tenancy.rls.AssociationWideRead;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;

/**
 * Compares Keycloak with the council register and council_user; reports, never repairs. Staff only.
 *
 * <p>Keycloak has no call that lists every organisation's members at once, so the check asks for each organisation's
 * members (one admin call per council, 52 and more): it asks {@value #KEYCLOAK_CALLS} at a time instead of one after
 * another (issue 13: the page took about 15 s), and the page runs the whole check off the request thread
 * ({@link #checkInBackground}) and says "Checking…" meanwhile. A failed call fails the whole check, said as such: a
 * partial report would pass for "they agree".
 */
@Singleton
public class Reconciliation {

    /** Keycloak admin calls in flight at once for one check (the admin client's connection pool holds 10). */
    static final int KEYCLOAK_CALLS = 6;

    /** Whole checks worked out at once, and waiting, before the page is told to try again later. */
    private static final int CHECKS = 2;

    private static final int CHECKS_WAITING = 10;

    private final ExecutorService calls;
    private final ThreadPoolExecutor checks;

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
        AtomicInteger count = new AtomicInteger();
        this.calls = Executors.newFixedThreadPool(KEYCLOAK_CALLS, work -> {
            Thread thread = new Thread(work, "reconcile-keycloak-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.checks = new ThreadPoolExecutor(
                CHECKS,
                CHECKS,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(CHECKS_WAITING),
                work -> {
                    Thread thread = new Thread(work, "reconcile-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.checks.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
        calls.shutdownNow();
    }

    /**
     * {@link #check} worked out on a worker thread (association staff are refused at once, on the caller's thread).
     * Fails with {@link Busy} when too many checks are running or waiting.
     */
    public CompletableFuture<ReconcileReport> checkInBackground(Caller staff) {
        staff.requireStaff("Only association staff can run the reconcile check.");
        try {
            return CompletableFuture.supplyAsync(() -> check(staff), checks);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Busy());
        }
    }

    /** Too many reconcile checks at once. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("Too many reconcile checks are running at once");
        }
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
        Map<String, Set<String>> membersByOrganisation = memberIdsOfEach(organisations.values());
        for (KeycloakOrganisation org : organisations.values()) {
            Set<String> members = membersByOrganisation.get(org.id());
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

    /**
     * The member ids of every organisation, {@value #KEYCLOAK_CALLS} Keycloak calls at a time. The first failure
     * fails the whole (the calls still in flight are cancelled): a report without some councils' members would be
     * wrong, not partial.
     */
    private Map<String, Set<String>> memberIdsOfEach(Collection<KeycloakOrganisation> organisations) {
        Map<String, Future<Set<String>>> asked = new LinkedHashMap<>();
        for (KeycloakOrganisation org : organisations) {
            asked.put(org.id(), calls.submit(() -> keycloak.memberIds(org.id())));
        }
        Map<String, Set<String>> members = new HashMap<>();
        try {
            for (Map.Entry<String, Future<Set<String>>> each : asked.entrySet()) {
                members.put(each.getKey(), each.getValue().get());
            }
        } catch (ExecutionException e) {
            asked.values().forEach(future -> future.cancel(true));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new KeycloakUnavailable("Keycloak did not answer while listing members", e.getCause());
        } catch (InterruptedException e) {
            asked.values().forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailable("The reconcile check was interrupted", e);
        }
        return members;
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
