package uk.org.eelga.tenancy.signinprovider;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.NotFoundForCaller;
import uk.org.eelga.tenancy.Roles;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.council.CouncilDirectory;
import uk.org.eelga.tenancy.council.CouncilDomains;
import uk.org.eelga.tenancy.council.CouncilStatus;
import uk.org.eelga.tenancy.council.CouncilSummary;
import uk.org.eelga.tenancy.input.Text;
import uk.org.eelga.tenancy.keycloak.KeycloakDirectory;
import uk.org.eelga.tenancy.keycloak.KeycloakIdentityProviders;
import uk.org.eelga.tenancy.keycloak.KeycloakOrganisation;
import uk.org.eelga.tenancy.keycloak.LinkedIdentityProvider;
import uk.org.eelga.tenancy.keycloak.ProviderSettings;

/**
 * Links a council to its own identity provider. Association admins link and unlink; they and the council's own
 * admins can see the link. The provider is named {@code council-<id>} in Keycloak, serves exactly one of the
 * council's email domains, and people arriving through it for the first time become officers of the council (its
 * admin can change that on the People page).
 */
@Singleton
public class CouncilSignInProviders {

    private static final String ADMINS_ONLY =
            "Only association admins can link councils to their own sign-in provider.";

    /** Keycloak's alias of a council's provider is this and the council id. */
    public static final String ALIAS_PREFIX = "council-";

    private static final String WELL_KNOWN = "/.well-known/openid-configuration";
    private static final Set<CouncilStatus> LINKABLE = Set.of(CouncilStatus.ACTIVE, CouncilStatus.SUSPENDED);

    private final CouncilDirectory councils;
    private final CouncilDomains domains;
    private final KeycloakDirectory keycloak;
    private final KeycloakIdentityProviders providers;
    private final SignInProviderAudit audit;

    CouncilSignInProviders(
            CouncilDirectory councils,
            CouncilDomains domains,
            KeycloakDirectory keycloak,
            KeycloakIdentityProviders providers,
            SignInProviderAudit audit) {
        this.councils = councils;
        this.domains = domains;
        this.keycloak = keycloak;
        this.providers = providers;
        this.audit = audit;
    }

    public CouncilSignInProvider link(Caller actor, String councilId, SignInProviderRequest request) {
        actor.requireAssociationAdmin(ADMINS_ONLY);
        CouncilSummary council = council(councilId);
        if (!LINKABLE.contains(council.status())) {
            throw new ActionRefused(
                    "not-active",
                    council.name() + " is " + council.status().name().toLowerCase(Locale.ROOT)
                            + "; only active or suspended councils can be linked to a sign-in provider.");
        }
        Text.check("the discovery address", request.discoveryUrl(), Text.URL, false, bad("bad-discovery-url"));
        Text.check("the client id", request.clientId(), 255, false, bad("client-id"));
        Text.check("the client secret", request.clientSecret(), Text.REASON, false, bad("client-secret"));
        Text.check("the domain", request.domain(), 253, false, bad("domain"));
        Text.check("the display name", request.displayName(), Text.NAME, false, bad("display-name"));
        String domain = domainOf(council, request.domain());
        String discoveryUrl = discoveryUrl(request.discoveryUrl());
        String clientId = required(request.clientId(), "client-id", "Give the client id the council registered.");
        String alias = ALIAS_PREFIX + council.id();
        Optional<LinkedIdentityProvider> before = providers.find(alias);
        String secret = blankToNull(request.clientSecret());
        if (secret == null && before.isEmpty()) {
            throw new ActionRefused("client-secret", "Give the client secret the council registered.");
        }
        Map<String, String> discovered;
        try {
            discovered = providers.discover(discoveryUrl);
        } catch (KeycloakIdentityProviders.DiscoveryFailed e) {
            throw new ActionRefused(
                    "discovery-failed", e.getMessage() + " Check the address with the council's IT team.");
        }
        KeycloakOrganisation organisation = keycloak.findOrganisation(council.id())
                .orElseThrow(() -> new ActionRefused(
                        "no-organisation",
                        council.name() + " has no Keycloak organisation; finish its onboarding first."));
        String displayName =
                Optional.ofNullable(blankToNull(request.displayName())).orElse("Sign in with " + council.name());
        LinkedIdentityProvider linked = providers.link(
                new ProviderSettings(alias, displayName, discovered, clientId, secret, domain, Roles.COUNCIL_OFFICER),
                organisation.id());
        audit.record(
                actor,
                TenantId.of(council.id()),
                before.isPresent() ? "council.sign-in-provider.changed" : "council.sign-in-provider.linked",
                before.map(CouncilSignInProviders::describe).orElse(null),
                describe(linked));
        return view(council, linked);
    }

    public void unlink(Caller actor, String councilId) {
        actor.requireAssociationAdmin(ADMINS_ONLY);
        CouncilSummary council = council(councilId);
        String alias = ALIAS_PREFIX + council.id();
        LinkedIdentityProvider before = providers
                .find(alias)
                .orElseThrow(() -> new NotFoundForCaller(council.name() + " has no sign-in provider linked."));
        providers.remove(alias);
        audit.record(actor, TenantId.of(council.id()), "council.sign-in-provider.unlinked", describe(before), null);
    }

    /**
     * Removes the provider of a council that merged away or left, if it has one: its people sign in as the
     * successor's now (or not at all), and a provider named for a closed council would only mislead. Returns
     * whether there was one. Keycloak errors propagate as {@link
     * uk.org.eelga.tenancy.keycloak.KeycloakUnavailable} for the caller to report.
     */
    public boolean removeWhenClosing(Caller actor, TenantId council, String why) {
        actor.requireAssociationAdmin(ADMINS_ONLY);
        String alias = ALIAS_PREFIX + council.value();
        Optional<LinkedIdentityProvider> before = providers.find(alias);
        if (before.isEmpty()) {
            return false;
        }
        providers.remove(alias);
        audit.record(
                actor, council, "council.sign-in-provider.removed", describe(before.get()) + " (" + why + ")", null);
        return true;
    }

    /** The council's provider; for association staff, or that council's admin. */
    public Optional<CouncilSignInProvider> of(Caller actor, String councilId) {
        CouncilSummary council = council(councilId);
        if (!actor.isAssociationStaff()) {
            // Same answer as for a council that does not exist: ids of other councils tell nothing.
            actor.requireAdminOf(TenantId.of(council.id()), () -> new NotFoundForCaller("No such council."));
        }
        return providers.find(ALIAS_PREFIX + council.id()).map(linked -> view(council, linked));
    }

    /** Every linked council, for association staff. */
    public List<CouncilSignInProvider> all(Caller actor) {
        actor.requireStaff("Only association staff can list councils' sign-in providers.");
        return providers.all(ALIAS_PREFIX).stream()
                .flatMap(linked -> councils
                        .find(TenantId.of(linked.alias().substring(ALIAS_PREFIX.length())))
                        .map(council -> view(council, linked))
                        .stream())
                .sorted(Comparator.comparing(CouncilSignInProvider::councilName))
                .toList();
    }

    private String domainOf(CouncilSummary council, String requested) {
        List<String> own = domains.of(TenantId.of(council.id()));
        String wanted = blankToNull(requested);
        if (wanted == null) {
            if (own.size() != 1) {
                throw new ActionRefused(
                        "domain", "Choose which of " + council.name() + "'s email domains signs in there: " + own);
            }
            return own.get(0);
        }
        String domain = wanted.strip().toLowerCase(Locale.ROOT);
        if (!own.contains(domain)) {
            throw new ActionRefused(
                    "foreign-domain",
                    domain + " is not an email domain of " + council.name() + " (its domains: " + String.join(", ", own)
                            + ").");
        }
        return domain;
    }

    /**
     * The discovery document's address from an issuer or the document itself. Plain http only for this machine
     * (the demo's stand-in provider); a real provider is always https.
     */
    static String discoveryUrl(String given) {
        String value = required(given, "bad-discovery-url", "Give the provider's issuer or discovery address.");
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw badDiscoveryUrl(value);
        }
        String host = uri.getHost();
        boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
        if (host == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback))) {
            throw badDiscoveryUrl(value);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw badDiscoveryUrl(value);
        }
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return trimmed.endsWith(WELL_KNOWN) ? trimmed : trimmed + WELL_KNOWN;
    }

    private static java.util.function.Function<String, ActionRefused> bad(String code) {
        return sentence -> new ActionRefused(code, sentence);
    }

    private static ActionRefused badDiscoveryUrl(String value) {
        return new ActionRefused(
                "bad-discovery-url",
                "\"" + value + "\" is not an https address of an OpenID Connect provider, e.g."
                        + " https://login.microsoftonline.com/<tenant id>/v2.0");
    }

    private CouncilSummary council(String councilId) {
        return TenantId.parse(councilId)
                .flatMap(councils::find)
                .orElseThrow(() -> new NotFoundForCaller("No such council."));
    }

    private static CouncilSignInProvider view(CouncilSummary council, LinkedIdentityProvider linked) {
        return new CouncilSignInProvider(
                council.id(),
                council.name(),
                linked.displayName(),
                linked.issuer(),
                linked.clientId(),
                linked.domain(),
                linked.redirectsByEmailDomain());
    }

    private static String describe(LinkedIdentityProvider linked) {
        return "issuer=" + linked.issuer() + ", client=" + linked.clientId() + ", domain=" + linked.domain();
    }

    private static String required(String value, String code, String message) {
        String given = blankToNull(value);
        if (given == null) {
            throw new ActionRefused(code, message);
        }
        return given.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
