package uk.org.eelga.tenancy.keycloak;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the service account signs in: {@code eelga.keycloak-admin.*} in application.yml. */
@ConfigurationProperties("eelga.keycloak-admin")
public class KeycloakAdminSettings {

    private String serverUrl = "http://127.0.0.1:8180";
    private String realm = "eelga";
    private String clientId = "eelga-tenant-admin";
    private String clientSecret = "";
    private String invitationClientId = "eelga-platform";
    private String invitationRedirect = "http://localhost:8080/";
    private int invitationLifespanSeconds = 72 * 3600;

    public String getServerUrl() {
        return serverUrl;
    }

    public void setServerUrl(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public String getRealm() {
        return realm;
    }

    public void setRealm(String realm) {
        this.realm = realm;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getInvitationClientId() {
        return invitationClientId;
    }

    public void setInvitationClientId(String invitationClientId) {
        this.invitationClientId = invitationClientId;
    }

    public String getInvitationRedirect() {
        return invitationRedirect;
    }

    public void setInvitationRedirect(String invitationRedirect) {
        this.invitationRedirect = invitationRedirect;
    }

    public int getInvitationLifespanSeconds() {
        return invitationLifespanSeconds;
    }

    public void setInvitationLifespanSeconds(int invitationLifespanSeconds) {
        this.invitationLifespanSeconds = invitationLifespanSeconds;
    }
}
