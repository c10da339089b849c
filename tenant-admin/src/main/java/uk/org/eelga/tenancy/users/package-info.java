/**
 * Council-run users: a council admin lists, invites, deactivates and changes the council roles of their own
 * council's people (Keycloak organisation members); association admins do the same for any council.
 */
@Uses({"tenancy.audit", "tenancy.council", "tenancy.identity", "tenancy.input", "tenancy.keycloak", "tenancy.ui"})
package uk.org.eelga.tenancy.users;

import uk.org.eelga.shared.Uses;
