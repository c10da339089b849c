/**
 * Councils signing in with their own identity provider (most use Microsoft Entra ID): association admins link a
 * council to its OpenID Connect provider; Keycloak brokers it and routes the council's email domain to it.
 */
@Uses({"tenancy.audit", "tenancy.council", "tenancy.input", "tenancy.keycloak", "tenancy.ui"})
package uk.org.eelga.tenancy.signinprovider;

import uk.org.eelga.shared.Uses;
