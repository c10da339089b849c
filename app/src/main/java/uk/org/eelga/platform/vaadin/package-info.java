/**
 * Vaadin Flow inside Micronaut on embedded Jetty: the servlet as a bean, route discovery (embedded Jetty scans
 * nothing), views created by Micronaut so they get beans injected, the guard every navigation passes (who may open
 * a view is read from the view's own {@code @RolesAllowed}/{@code @PermitAll}, through {@code ui.Navigation}), and
 * {@link uk.org.eelga.platform.vaadin.PageErrors}, the pages' one error handler, which words a failure as the API's
 * one problem type does ({@code api.ApiErrors}). {@link uk.org.eelga.platform.vaadin.ElementalToJackson} converts a
 * page change to Jackson for the one Flow class the platform replaces, in this module
 * ({@code com.vaadin.flow.internal.change.NodeChange}: Flow 24.9 printed and parsed every change again).
 */
@Uses({"platform.api", "platform.signin", "platform.ui", "platform.web"})
package uk.org.eelga.platform.vaadin;

import uk.org.eelga.shared.Uses;
