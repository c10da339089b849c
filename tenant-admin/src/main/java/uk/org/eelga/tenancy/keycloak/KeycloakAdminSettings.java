package uk.org.eelga.tenancy.keycloak;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the service account signs in: {@code eelga.keycloak-admin.*} in application.yml.
 *
 * @param serverUrl                 the Keycloak base URL the server calls
 * @param realm                     the realm of the member platform
 * @param clientId                  the service account's client
 * @param clientSecret              its secret
 * @param invitationClientId        the client an invited person's sign-in link belongs to (the platform's own)
 * @param invitationRedirect        where that link leads after the person has set a password
 * @param invitationLifespanSeconds how long an invitation's link works (72 hours)
 */
@ConfigurationProperties("eelga.keycloak-admin")
public record KeycloakAdminSettings(
        @Bindable(defaultValue = "http://127.0.0.1:8180") String serverUrl,
        @Bindable(defaultValue = "eelga") String realm,
        @Bindable(defaultValue = "eelga-tenant-admin") String clientId,
        @Bindable(defaultValue = "") String clientSecret,
        @Bindable(defaultValue = "eelga-platform") String invitationClientId,
        @Bindable(defaultValue = "http://localhost:8080/") String invitationRedirect,
        @Bindable(defaultValue = "259200") int invitationLifespanSeconds) {}
