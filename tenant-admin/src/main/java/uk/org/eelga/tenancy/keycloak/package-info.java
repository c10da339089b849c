/**
 * The platform's service-account connection to Keycloak (Keycloak Admin Client): organisations, their members,
 * invitations and roles. Council admins act through the platform; they never hold realm-admin rights.
 */
@Uses
package uk.org.eelga.tenancy.keycloak;

import uk.org.eelga.shared.Uses;
