/**
 * The REST API under /api/v1: bearer tokens from the platform's Keycloak realm, checked by Micronaut Security;
 * the council comes from the verified token's organisation claim and is bound for the whole request.
 */
package uk.org.eelga.platform.api;
