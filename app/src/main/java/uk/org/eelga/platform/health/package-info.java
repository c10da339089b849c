/** Readiness: the platform is ready when its database and Keycloak both answer. */
package uk.org.eelga.platform.health;
