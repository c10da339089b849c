/**
 * A council leaving the association: marked LEFT, its rows erased from every tenant table except those the
 * association must keep (the {@code leaving_retention} table, data not code), its people's accounts removed.
 */
@Uses({"tenancy.audit", "tenancy.council", "tenancy.input", "tenancy.keycloak", "tenancy.signinprovider"})
package uk.org.eelga.tenancy.leaving;

import uk.org.eelga.shared.Uses;
