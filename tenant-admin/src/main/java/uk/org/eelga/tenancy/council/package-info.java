/**
 * The member councils as tenants: the shared register of councils (name, kind, county area, status) and the
 * association console's page that lists them.
 */
package uk.org.eelga.tenancy.council;
