/**
 * The member councils as tenants: the shared register of councils (name, kind, county area, status) and the
 * association console's page that lists them (with a link to each member council's people).
 */
@Uses({"tenancy.audit", "tenancy.input", "tenancy.people", "tenancy.ui", "tenancy.users"})
package uk.org.eelga.tenancy.council;

import uk.org.eelga.shared.Uses;
