/** Readiness: the platform is ready when its database and Keycloak both answer. */
@Uses
package uk.org.eelga.platform.health;

import uk.org.eelga.shared.Uses;
