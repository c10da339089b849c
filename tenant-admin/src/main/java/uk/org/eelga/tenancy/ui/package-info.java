/**
 * The Vaadin side of the kernel, for every feature's pages: the caller of the current page request ({@link
 * uk.org.eelga.tenancy.ui.Callers}), what the page frame needs from features (their navigation entries) and field
 * limits. The kernel's other packages import nothing from Vaadin.
 */
package uk.org.eelga.tenancy.ui;
