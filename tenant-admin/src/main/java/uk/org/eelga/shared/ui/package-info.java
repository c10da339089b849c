/**
 * What a page says about itself for the page frame, once, on the page: {@link uk.org.eelga.shared.ui.MenuEntry}
 * puts a view in the side navigation. Who sees the entry is not said here: it is whoever the view's own
 * {@code @RolesAllowed} or {@code @PermitAll} lets open it. Annotations only, no Vaadin types: the app's Vaadin glue
 * reads them.
 */
package uk.org.eelga.shared.ui;
