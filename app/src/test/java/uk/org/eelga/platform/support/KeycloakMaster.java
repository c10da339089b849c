package uk.org.eelga.platform.support;

import java.util.HashMap;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Keycloak's bootstrap admin (local only), for tests that must change a realm for a moment: a client's token
 * lifetime, direct grants of the demo council's realm. Every change is undone by the caller.
 */
public final class KeycloakMaster implements AutoCloseable {

    private final Keycloak admin;

    public KeycloakMaster() {
        String url = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
        admin = KeycloakBuilder.builder()
                .serverUrl(url)
                .realm("master")
                .clientId("admin-cli")
                .username(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                .password(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .build();
    }

    public ClientResource client(String realm, String clientId) {
        ClientRepresentation found =
                admin.realm(realm).clients().findByClientId(clientId).get(0);
        return admin.realm(realm).clients().get(found.getId());
    }

    /**
     * Sets one attribute of a client; returns the old value ("" if unset: Keycloak keeps attributes left out of an
     * update, so an attribute is unset by setting it empty, which Keycloak reads as not set).
     */
    public String setAttribute(String realm, String clientId, String name, String value) {
        ClientResource client = client(realm, clientId);
        ClientRepresentation rep = client.toRepresentation();
        Map<String, String> attributes =
                rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
        String old = attributes.getOrDefault(name, "");
        attributes.put(name, value == null ? "" : value);
        rep.setAttributes(attributes);
        client.update(rep);
        return old;
    }

    public void setDirectGrants(String realm, String clientId, boolean enabled) {
        ClientResource client = client(realm, clientId);
        ClientRepresentation rep = client.toRepresentation();
        rep.setDirectAccessGrantsEnabled(enabled);
        client.update(rep);
    }

    /** Gives a user a known password and nothing left to do before signing in. */
    public void setPassword(String realm, String userId, String password) {
        org.keycloak.representations.idm.CredentialRepresentation credential =
                new org.keycloak.representations.idm.CredentialRepresentation();
        credential.setType("password");
        credential.setValue(password);
        credential.setTemporary(false);
        var user = admin.realm(realm).users().get(userId);
        user.resetPassword(credential);
        var rep = user.toRepresentation();
        rep.setRequiredActions(java.util.List.of());
        user.update(rep);
    }

    @Override
    public void close() {
        admin.close();
    }
}
