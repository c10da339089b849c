/**
 * Council-run users: a council admin lists, invites, deactivates and changes the council roles of their own
 * council's people (Keycloak organisation members); association admins do the same for any council.
 */
package uk.org.eelga.tenancy.users;
