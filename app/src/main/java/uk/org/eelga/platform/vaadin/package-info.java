/**
 * Vaadin Flow inside Micronaut on embedded Jetty: the servlet as a bean, route discovery (embedded Jetty scans
 * nothing), views created by Micronaut so they get beans injected, and the guard every navigation passes.
 */
package uk.org.eelga.platform.vaadin;
