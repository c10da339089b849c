package uk.org.eelga.tenancy.reconcile;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Where Keycloak and the database disagree. Empty lists everywhere means they agree.
 *
 * @param organisationsWithoutCouncil organisation aliases with no council row
 * @param councilsWithoutOrganisation councils (active, suspended or onboarding) with no organisation
 * @param usersWithoutCouncil         emails of users holding a council role but in no organisation
 * @param peopleOutsideTheirCouncil   people recorded at sign-in (council_user) who are no longer members of
 *                                    their council's organisation, as "council: email"
 * @param membersOfClosedCouncils     members still in the organisation of a merged or departed council
 * @param misplacedSignInProviders    councils' own identity providers whose council is gone, merged or left, or
 *                                    that serve a domain the council no longer has
 * @param domainsOutOfStep            councils whose Keycloak organisation has other email domains than the register
 */
@Serdeable
public record ReconcileReport(
        List<String> organisationsWithoutCouncil,
        List<String> councilsWithoutOrganisation,
        List<String> usersWithoutCouncil,
        List<String> peopleOutsideTheirCouncil,
        List<String> membersOfClosedCouncils,
        List<String> misplacedSignInProviders,
        List<String> domainsOutOfStep) {

    public boolean consistent() {
        return organisationsWithoutCouncil.isEmpty()
                && councilsWithoutOrganisation.isEmpty()
                && usersWithoutCouncil.isEmpty()
                && peopleOutsideTheirCouncil.isEmpty()
                && membersOfClosedCouncils.isEmpty()
                && misplacedSignInProviders.isEmpty()
                && domainsOutOfStep.isEmpty();
    }
}
