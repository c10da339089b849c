/** The schema: Flyway migrations run as the owning role before the application's own role connects. */
package uk.org.eelga.platform.database;
