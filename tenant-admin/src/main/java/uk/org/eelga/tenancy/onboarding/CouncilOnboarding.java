package uk.org.eelga.tenancy.onboarding;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.eelga.shared.Slug;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakMember;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;
import uk.org.eelga.tenancy.keycloak.KeycloakUnavailable;

/**
 * Onboards a council in a fixed order: (1) the council row in state ONBOARDING with its domains, (2) the Keycloak
 * organisation (alias = council id) created or found, (3) the first admin created or found, made a member with
 * the council-admin role, (4) the invitation email sent, (5) the council ACTIVE. Every step is idempotent, so
 * calling {@link #onboard} again with the same council after a failure completes it; until then the council is
 * ONBOARDING (nobody can sign in to it) and its row says the last step done. An organisation is never made
 * without a council row. Steps 2 to 5 run holding the council's row lock, so two onboardings of one council at
 * once cannot both create, invite and activate: the second is refused as under way (409).
 */
@Singleton
public class CouncilOnboarding {

    private static final String ADMINS_ONLY = "Only association admins can onboard a council.";

    private static final Logger LOG = LoggerFactory.getLogger(CouncilOnboarding.class);
    static final Pattern DOMAIN = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@([^@\\s]+)$");
    private static final Pattern DOMAIN_CHARACTERS = Pattern.compile("[a-z0-9.-]+");

    private final OnboardingRecords records;
    private final KeycloakDirectory keycloak;

    CouncilOnboarding(OnboardingRecords records, KeycloakDirectory keycloak) {
        this.records = records;
        this.keycloak = keycloak;
    }

    public OnboardingResult onboard(Caller actor, NewCouncil council) {
        actor.requireAssociationAdmin(ADMINS_ONLY);
        List<String> domains = validDomains(council);
        String id = council.id() == null || council.id().isBlank()
                ? idFrom(council.name())
                : council.id().strip();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 60) {
            throw new ActionRefused("bad-id", "A council id is lower-case letters, digits and hyphens (60 at most).");
        }
        String adminEmail = validAdminEmail(council, domains);
        var existing = records.find(id);
        if (existing.isEmpty()) {
            try {
                records.create(actor, id, council, domains);
            } catch (ActionRefused refused) {
                // the same council asked for twice at once: the other request's row landed between find and create
                existing = records.find(id).filter(found -> found.name()
                        .equalsIgnoreCase(council.name().strip()));
                if (existing.isEmpty()) {
                    throw refused;
                }
            }
        }
        if (existing.isPresent()) {
            if (!existing.get().name().equalsIgnoreCase(council.name().strip())) {
                throw new ActionRefused("duplicate-id", "A council with the id " + id + " already exists.");
            }
            if (!"ONBOARDING".equals(existing.get().status())) {
                throw new ActionRefused(
                        "already-onboarded", council.name().strip() + " is already onboarded; nothing was changed.");
            }
            domains = existing.get().domains();
            adminEmail = existing.get().adminEmail();
        }
        return complete(actor, id, council.name().strip(), domains, adminEmail, council);
    }

    /** Completes an onboarding that stopped halfway, with what the council row recorded. */
    public OnboardingResult resume(Caller actor, String id) {
        actor.requireAssociationAdmin(ADMINS_ONLY);
        var existing = TenantId.parse(id)
                .flatMap(council -> records.find(council.value()))
                .filter(found -> "ONBOARDING".equals(found.status()))
                .orElseThrow(() -> new ActionRefused(
                        "not-onboarding",
                        "There is no unfinished onboarding"
                                + (TenantId.parse(id).isPresent() ? " for " + id : " for that council") + "."));
        return complete(actor, id, existing.name(), existing.domains(), existing.adminEmail(), null);
    }

    private OnboardingResult complete(
            Caller actor, String id, String name, List<String> domains, String adminEmail, NewCouncil given) {
        return records.exclusively(id, () -> steps(actor, id, name, domains, adminEmail, given));
    }

    private OnboardingResult steps(
            Caller actor, String id, String name, List<String> domains, String adminEmail, NewCouncil given) {
        String step = "COUNCIL_ROW";
        try {
            KeycloakOrganisation org = keycloak.createOrFindOrganisation(id, name, domains);
            records.step(id, step = "ORGANISATION");
            KeycloakMember admin = keycloak.createOrFindUser(
                    adminEmail,
                    given == null ? "Council" : given.adminFirstName(),
                    given == null ? "admin" : given.adminLastName());
            keycloak.addMember(org.id(), admin.id());
            keycloak.setRealmRoles(
                    admin.id(),
                    Set.of(Roles.COUNCIL_ADMIN, Roles.COUNCIL_OFFICER),
                    Set.of(Roles.COUNCIL_ADMIN, Roles.COUNCIL_OFFICER, Roles.COUNCIL_LEADER));
            records.step(id, step = "FIRST_ADMIN");
            keycloak.sendInvitation(admin.id());
            records.step(id, step = "INVITED");
            records.activate(actor, id);
            return new OnboardingResult(id, "ACTIVE", "DONE", name + " is onboarded; " + adminEmail + " was invited.");
        } catch (KeycloakUnavailable e) {
            LOG.warn("Onboarding of {} stopped after {}", id, step, e);
            return new OnboardingResult(
                    id,
                    "ONBOARDING",
                    step,
                    "Onboarding of " + name + " stopped after step " + step + ": " + e.getMessage()
                            + ". Nobody can use the council yet; retry to complete it.");
        }
    }

    private static List<String> validDomains(NewCouncil council) {
        if (council.name() == null || council.name().isBlank() || council.name().length() > 200) {
            throw new ActionRefused("bad-name", "Give the council's name (200 characters at most).");
        }
        if (council.kind() == null) {
            throw new ActionRefused("bad-kind", "Choose the kind of council: county, unitary or district.");
        }
        if (council.countyArea() == null || council.countyArea().isBlank()) {
            throw new ActionRefused("bad-county-area", "Give the county area.");
        }
        Text.check("the name", council.name(), Text.NAME, false, m -> new ActionRefused("bad-name", m));
        Text.check(
                "the county area",
                council.countyArea(),
                NewCouncil.COUNTY_AREA_MAX,
                false,
                m -> new ActionRefused("bad-county-area", m));
        Text.check(
                "the first admin's first name",
                council.adminFirstName(),
                100,
                false,
                m -> new ActionRefused("bad-admin-name", m));
        Text.check(
                "the first admin's last name",
                council.adminLastName(),
                100,
                false,
                m -> new ActionRefused("bad-admin-name", m));
        if (council.emailDomains() != null && council.emailDomains().size() > NewCouncil.DOMAINS_MAX) {
            throw new ActionRefused("bad-domain", "Give at most " + NewCouncil.DOMAINS_MAX + " email domains.");
        }
        List<String> domains = council.emailDomains() == null
                ? List.of()
                : council.emailDomains().stream()
                        .filter(d -> d != null)
                        .map(d -> d.strip().toLowerCase(Locale.ROOT))
                        .filter(d -> !d.isEmpty())
                        .distinct()
                        .toList();
        if (domains.isEmpty()) {
            throw new ActionRefused("bad-domain", "Give at least one email domain, such as norwich.gov.uk.");
        }
        for (String domain : domains) {
            if (domain.length() > NewCouncil.DOMAIN_MAX
                    || !DOMAIN.matcher(domain).matches()) {
                throw new ActionRefused(
                        "bad-domain",
                        (domain.length() <= 60
                                                && DOMAIN_CHARACTERS
                                                        .matcher(domain)
                                                        .matches()
                                        ? domain
                                        : "That") + " is not an email domain.");
            }
        }
        return domains;
    }

    private static String validAdminEmail(NewCouncil council, List<String> domains) {
        String email =
                council.adminEmail() == null ? "" : council.adminEmail().strip().toLowerCase(Locale.ROOT);
        var match = EMAIL.matcher(email);
        if (!match.matches()) {
            throw new ActionRefused("bad-email", "Give the first admin's email address.");
        }
        if (!domains.contains(match.group(1))) {
            throw new ActionRefused("foreign-domain", "The first admin's address must be of the council's domains.");
        }
        return email;
    }

    static String idFrom(String name) {
        return Slug.of(
                name.toLowerCase(Locale.ROOT).replaceAll("\\b(city|county|borough|district|council|of|the)\\b", " "),
                60);
    }
}
