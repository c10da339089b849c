package uk.org.eelga.tenancy.keycloak;

import static uk.org.eelga.tenancy.keycloak.KeycloakDirectory.call;
import static uk.org.eelga.tenancy.keycloak.KeycloakDirectory.expectSuccess;

import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * Councils' own OpenID Connect identity providers (Entra ID and the like), brokered by the platform's realm and
 * linked to the council's organisation by email domain: someone typing an address of that domain on the sign-in
 * page is sent to their council's provider, and on first sign-in becomes a member of the organisation with the
 * officer role. Every method can be repeated: a retried link finishes what a failed one started.
 */
@Singleton
public class KeycloakIdentityProviders {

    /** Organisation settings of a linked identity provider (Keycloak's OrganizationModel constants). */
    static final String ORG_DOMAIN = "kc.org.domain";

    static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";
    static final String DEFAULT_ROLE_MAPPER = "platform role on first sign-in";
    static final String HARDCODED_ROLE = "oidc-hardcoded-role-idp-mapper";

    private final KeycloakDirectory directory;

    KeycloakIdentityProviders(KeycloakDirectory directory) {
        this.directory = directory;
    }

    /**
     * Keycloak reads the provider's OpenID discovery document (issuer, endpoints, keys). Throws {@link
     * DiscoveryFailed} when it cannot: a wrong address, an unreachable host or a document that is not OIDC.
     */
    public Map<String, String> discover(String discoveryUrl) {
        try {
            Map<String, Object> request = Map.of("providerId", "oidc", "fromUrl", discoveryUrl);
            return directory.realm().identityProviders().importFrom(request);
        } catch (WebApplicationException e) {
            throw new DiscoveryFailed(discoveryUrl, e.getResponse().getStatus());
        } catch (jakarta.ws.rs.ProcessingException e) {
            throw new KeycloakUnavailable("Keycloak did not answer while reading " + discoveryUrl, e);
        }
    }

    /** Thrown when Keycloak cannot read a provider's discovery document. */
    public static class DiscoveryFailed extends RuntimeException {
        DiscoveryFailed(String url, int status) {
            super("Keycloak could not read an OpenID Connect discovery document at " + url + " (HTTP " + status + ").");
        }
    }

    public Optional<LinkedIdentityProvider> find(String alias) {
        return call("read identity provider " + alias, () -> {
            try {
                return Optional.of(
                        linked(directory.realm().identityProviders().get(alias).toRepresentation()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Every identity provider whose alias starts with {@code prefix}. */
    public List<LinkedIdentityProvider> all(String prefix) {
        return call("list identity providers", () -> directory.realm().identityProviders().findAll().stream()
                .filter(idp -> idp.getAlias().startsWith(prefix))
                .map(KeycloakIdentityProviders::linked)
                .toList());
    }

    /**
     * Creates or updates the provider, gives first-time users {@code defaultRole}, links it to the organisation
     * and turns on redirection by email domain. {@code clientSecret} null keeps the secret already stored.
     */
    public LinkedIdentityProvider link(ProviderSettings settings, String organisationId) {
        String alias = settings.alias();
        Optional<IdentityProviderRepresentation> existing = representation(alias);
        IdentityProviderRepresentation idp = existing.orElseGet(IdentityProviderRepresentation::new);
        idp.setAlias(alias);
        idp.setProviderId("oidc");
        idp.setDisplayName(settings.displayName());
        idp.setEnabled(true);
        // Only people whose address is of the council's domain are sent here; others must not see the button.
        idp.setHideOnLogin(true);
        // The council's directory vouches for its addresses; the domain is restricted to the council's own.
        idp.setTrustEmail(true);
        Map<String, String> config = new HashMap<>(
                existing.map(IdentityProviderRepresentation::getConfig).orElseGet(HashMap::new));
        config.putAll(settings.discovered());
        config.put("clientId", settings.clientId());
        if (settings.clientSecret() != null) {
            config.put("clientSecret", settings.clientSecret());
        }
        config.put("clientAuthMethod", "client_secret_post");
        config.put("defaultScope", "openid email profile");
        config.put("syncMode", "IMPORT");
        config.put("validateSignature", "true");
        config.put("useJwksUrl", "true");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        // The address typed on our sign-in page is passed on, so people do not type it twice.
        config.put("loginHint", "true");
        idp.setConfig(config);
        if (existing.isEmpty()) {
            call("create identity provider " + alias, () -> {
                try (Response response = directory.realm().identityProviders().create(idp)) {
                    expectSuccess(response, "create identity provider " + alias);
                }
                return null;
            });
        } else {
            call("update identity provider " + alias, () -> {
                directory.realm().identityProviders().get(alias).update(idp);
                return null;
            });
        }
        addDefaultRole(alias, settings.defaultRole());
        linkToOrganisation(alias, organisationId);
        // Domain and redirection are organisation settings: Keycloak accepts them once the link exists.
        IdentityProviderRepresentation linked = representation(alias).orElseThrow();
        linked.getConfig().put(ORG_DOMAIN, settings.domain());
        linked.getConfig().put(REDIRECT_WHEN_EMAIL_MATCHES, "true");
        call("set the domain of identity provider " + alias, () -> {
            directory.realm().identityProviders().get(alias).update(linked);
            return null;
        });
        return find(alias).orElseThrow();
    }

    /** Unlinks the provider from its organisation and deletes it; nothing happens if it is already gone. */
    public void remove(String alias) {
        Optional<IdentityProviderRepresentation> existing = representation(alias);
        if (existing.isEmpty()) {
            return;
        }
        String organisationId = existing.get().getOrganizationId();
        if (organisationId != null) {
            call("unlink identity provider " + alias, () -> {
                try (Response response = directory
                        .realm()
                        .organizations()
                        .get(organisationId)
                        .identityProviders()
                        .get(alias)
                        .delete()) {
                    if (response.getStatus() != 404) {
                        expectSuccess(response, "unlink identity provider " + alias);
                    }
                }
                return null;
            });
        }
        call("delete identity provider " + alias, () -> {
            directory.realm().identityProviders().get(alias).remove();
            return null;
        });
    }

    private void addDefaultRole(String alias, String role) {
        var resource = directory.realm().identityProviders().get(alias);
        Optional<IdentityProviderMapperRepresentation> present =
                call("read mappers of " + alias, () -> resource.getMappers().stream()
                        .filter(mapper -> DEFAULT_ROLE_MAPPER.equals(mapper.getName()))
                        .findFirst());
        if (present.isPresent()) {
            if (HARDCODED_ROLE.equals(present.get().getIdentityProviderMapper())
                    && role.equals(present.get().getConfig().get("role"))) {
                return;
            }
            call("replace the role mapper of " + alias, () -> {
                resource.delete(present.get().getId());
                return null;
            });
        }
        IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
        mapper.setName(DEFAULT_ROLE_MAPPER);
        mapper.setIdentityProviderAlias(alias);
        mapper.setIdentityProviderMapper(HARDCODED_ROLE);
        // IMPORT: given once, when the account is made; a council admin's later role changes are not undone.
        mapper.setConfig(Map.of("role", role, "syncMode", "IMPORT"));
        call("add the role mapper of " + alias, () -> {
            try (Response response = resource.addMapper(mapper)) {
                expectSuccess(response, "add the role mapper of " + alias);
            }
            return null;
        });
    }

    private void linkToOrganisation(String alias, String organisationId) {
        var providers = directory.realm().organizations().get(organisationId).identityProviders();
        boolean linked =
                call("read identity providers of the organisation", () -> providers.getIdentityProviders().stream()
                        .anyMatch(idp -> alias.equals(idp.getAlias())));
        if (linked) {
            return;
        }
        call("link identity provider " + alias, () -> {
            try (Response response = providers.addIdentityProvider(alias)) {
                expectSuccess(response, "link identity provider " + alias + " to its organisation");
            }
            return null;
        });
    }

    private Optional<IdentityProviderRepresentation> representation(String alias) {
        return call("read identity provider " + alias, () -> {
            try {
                return Optional.of(
                        directory.realm().identityProviders().get(alias).toRepresentation());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private static LinkedIdentityProvider linked(IdentityProviderRepresentation idp) {
        Map<String, String> config = idp.getConfig() == null ? Map.of() : idp.getConfig();
        return new LinkedIdentityProvider(
                idp.getAlias(),
                idp.getDisplayName(),
                config.get("issuer"),
                config.get("clientId"),
                config.get(ORG_DOMAIN),
                idp.getOrganizationId(),
                "true".equals(config.get(REDIRECT_WHEN_EMAIL_MATCHES)),
                idp.isEnabled());
    }
}
