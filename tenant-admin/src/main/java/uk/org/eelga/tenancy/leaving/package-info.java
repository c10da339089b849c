/**
 * A council leaving the association: marked LEFT, its rows erased from every tenant table except those the
 * association must keep (the {@code leaving_retention} table, data not code), its people's accounts removed.
 */
package uk.org.eelga.tenancy.leaving;
