package uk.org.eelga.tenancy.merge;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Dates;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakMember;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;

/**
 * Merges councils into a successor (an existing council, or one onboarded first). In one transaction the
 * predecessors get their successor and date and become MERGED, the audit log records it and every {@link
 * CouncilMergeListener} carries over open items (email domains go to the successor too); then Keycloak follows:
 * people and domains move to the successor's organisation and a predecessor's own sign-in provider is removed
 * (idempotent: {@link #movePeople} completes a move that stopped). History keeps its tenant_id.
 */
@Singleton
public class CouncilMerge {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilMerge.class);

    private final CouncilDirectory councils;
    private final CouncilLineage lineage;
    private final MergeRecords records;
    private final KeycloakDirectory keycloak;
    private final CouncilSignInProviders signInProviders;

    CouncilMerge(
            CouncilDirectory councils,
            CouncilLineage lineage,
            MergeRecords records,
            KeycloakDirectory keycloak,
            CouncilSignInProviders signInProviders) {
        this.councils = councils;
        this.lineage = lineage;
        this.records = records;
        this.keycloak = keycloak;
        this.signInProviders = signInProviders;
    }

    public MergeResult merge(Caller actor, MergeRequest request) {
        actor.requireAssociationAdmin("Only association admins can merge councils.");
        if (request.successor() == null || request.successor().isBlank()) {
            throw new ActionRefused("no-successor", "Choose the council the others merge into (the successor).");
        }
        if (request.mergedOn() == null) {
            throw new ActionRefused("bad-date", "Give the date the merge takes effect.");
        }
        if (!Dates.plausible(request.mergedOn())) {
            throw new ActionRefused("bad-date", "Give a date between 1900 and 2199 for the merge.");
        }
        if (request.predecessors() != null && request.predecessors().size() > MergeRequest.PREDECESSORS_MAX) {
            throw new ActionRefused(
                    "too-many", "Merge at most " + MergeRequest.PREDECESSORS_MAX + " councils at once.");
        }
        CouncilSummary successor = council(request.successor());
        if (successor.status() != CouncilStatus.ACTIVE) {
            throw new ActionRefused(
                    "successor-not-active",
                    successor.name() + " is " + lower(successor.status()) + "; it cannot be a successor.");
        }
        Set<TenantId> predecessors = new LinkedHashSet<>();
        for (String id : request.predecessors() == null ? List.<String>of() : request.predecessors()) {
            CouncilSummary predecessor = council(id);
            TenantId pid = TenantId.of(predecessor.id());
            if (predecessor.id().equals(successor.id())) {
                throw new ActionRefused("into-itself", "A council cannot be merged into itself.");
            }
            if (predecessor.status() != CouncilStatus.ACTIVE) {
                throw new ActionRefused(
                        "predecessor-not-active",
                        predecessor.name() + " is " + lower(predecessor.status())
                                + "; only active councils can merge.");
            }
            if (lineage.lineageOf(pid).contains(TenantId.of(successor.id()))) {
                throw new ActionRefused(
                        "cycle",
                        successor.name() + " merged into " + predecessor.name() + " before; that would be a cycle.");
            }
            predecessors.add(pid);
        }
        if (predecessors.isEmpty()) {
            throw new ActionRefused(
                    "no-predecessors", "Choose at least one council to merge into " + successor.name() + ".");
        }
        CouncilMerged merged = new CouncilMerged(predecessors, TenantId.of(successor.id()), request.mergedOn(), actor);
        records.merge(merged, successor.name());
        int moved = 0;
        List<String> problems = new ArrayList<>();
        for (TenantId predecessor : predecessors) {
            try {
                moved += movePeople(actor, predecessor);
            } catch (KeycloakUnavailable e) {
                LOG.warn("Moving people of {} to {} stopped", predecessor, successor.id(), e);
                problems.add("People of " + predecessor + " not yet moved: " + e.getMessage() + " (retry the move).");
            }
        }
        return new MergeResult(predecessors.stream().map(TenantId::value).toList(), successor.id(), moved, problems);
    }

    /**
     * Completes a merged council's move in Keycloak: its people and email domains go to the successor's
     * organisation and its own sign-in provider, if it had one, is removed. Safe to repeat; returns people moved.
     */
    public int movePeople(Caller actor, TenantId predecessor) {
        actor.requireAssociationAdmin("Only association admins can move people between councils.");
        CouncilSummary from = council(predecessor.value());
        if (from.status() != CouncilStatus.MERGED) {
            throw new ActionRefused("not-merged", from.name() + " has not merged.");
        }
        TenantId successorId = lineage.successorOf(predecessor).orElseThrow();
        var fromOrg = keycloak.findOrganisation(predecessor.value());
        if (fromOrg.isEmpty()) {
            return 0;
        }
        KeycloakOrganisation toOrg = keycloak.findOrganisation(successorId.value())
                .orElseThrow(() -> new KeycloakUnavailable("The successor has no organisation", null));
        signInProviders.removeWhenClosing(actor, predecessor, "merged into " + successorId);
        keycloak.moveDomains(predecessor.value(), successorId.value());
        int moved = 0;
        for (KeycloakMember member : keycloak.members(fromOrg.get().id())) {
            keycloak.addMember(toOrg.id(), member.id());
            keycloak.removeMember(fromOrg.get().id(), member.id());
            moved++;
        }
        return moved;
    }

    private CouncilSummary council(String id) {
        if (id == null || id.isBlank()) {
            throw new ActionRefused("no-council", "Name the council (its id, such as norwich).");
        }
        return TenantId.parse(id)
                .flatMap(councils::find)
                .orElseThrow(() -> new ActionRefused(
                        "no-council",
                        "There is no council " + (TenantId.parse(id).isPresent() ? id : "with that id") + "."));
    }

    private static String lower(CouncilStatus status) {
        return status.name().toLowerCase();
    }
}
