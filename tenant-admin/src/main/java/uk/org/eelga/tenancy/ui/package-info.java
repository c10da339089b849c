/**
 * Vaadin helpers the pages of both modules share: text fields limited to the lengths the services check
 * ({@link uk.org.eelga.tenancy.ui.FieldLimits}). A page's place in the navigation is its own annotation,
 * {@link uk.org.eelga.shared.ui.MenuEntry}.
 */
package uk.org.eelga.tenancy.ui;
