/**
 * The Vaadin side of the kernel, for every feature's pages: the caller of the current page request ({@link
 * uk.org.eelga.tenancy.ui.Callers}) and text fields limited to the lengths the services check ({@link
 * uk.org.eelga.tenancy.ui.FieldLimits}). A page's place in the navigation is its own annotation, {@link
 * uk.org.eelga.shared.ui.MenuEntry}. The kernel's other packages import nothing from Vaadin.
 */
@Uses
package uk.org.eelga.tenancy.ui;

import uk.org.eelga.shared.Uses;
