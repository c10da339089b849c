package uk.org.eelga.tenancy.leaving;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakMember;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;
import uk.org.eelga.tenancy.signinprovider.CouncilSignInProviders;

/**
 * Marks a council as left and deletes its personal data: its rows in every tenant table except those listed in
 * {@code leaving_retention} (kept for the association's legal duties), and its people's Keycloak accounts and
 * organisation. Export the council's data first if it asks for it. Audited; association admins only.
 */
@Singleton
public class CouncilLeaving {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilLeaving.class);

    private final CouncilDirectory councils;
    private final LeavingRecords records;
    private final KeycloakDirectory keycloak;
    private final CouncilSignInProviders signInProviders;

    CouncilLeaving(
            CouncilDirectory councils,
            LeavingRecords records,
            KeycloakDirectory keycloak,
            CouncilSignInProviders signInProviders) {
        this.signInProviders = signInProviders;
        this.councils = councils;
        this.records = records;
        this.keycloak = keycloak;
    }

    public LeavingResult leave(Caller actor, TenantId council, String reason) {
        actor.requireAssociationAdmin("Only association admins can record a council leaving.");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || Text.hasControlCharacters(why, true)) {
            throw new ActionRefused("bad-reason", "Give a reason of 1 to 500 characters of plain text.");
        }
        CouncilSummary summary = councils.find(council)
                .orElseThrow(() -> new ActionRefused("no-council", "There is no council " + council + "."));
        if (summary.status() != CouncilStatus.ACTIVE && summary.status() != CouncilStatus.SUSPENDED) {
            throw new ActionRefused(
                    "not-member",
                    summary.name() + " is " + summary.status().name().toLowerCase() + ".");
        }
        Map<String, Long> erased =
                records.leave(actor, council, summary.status().name(), why);
        List<String> problems = new ArrayList<>();
        int removed = 0;
        try {
            removed = removeAccounts(actor, council);
        } catch (KeycloakUnavailable e) {
            LOG.warn("Accounts of {} not removed", council, e);
            problems.add("Keycloak accounts not yet removed: " + e.getMessage() + " (the reconcile check lists them).");
        }
        return new LeavingResult(council.value(), erased, records.retained(), removed, problems);
    }

    private int removeAccounts(Caller actor, TenantId council) {
        signInProviders.removeWhenClosing(actor, council, "left the association");
        var org = keycloak.findOrganisation(council.value());
        if (org.isEmpty()) {
            return 0;
        }
        int removed = 0;
        for (KeycloakMember member : keycloak.members(org.get().id())) {
            if (member.email() != null) {
                keycloak.deleteUserByEmail(member.email());
                removed++;
            }
        }
        keycloak.deleteOrganisation(council.value());
        return removed;
    }
}
