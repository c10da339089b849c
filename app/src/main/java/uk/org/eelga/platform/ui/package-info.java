/**
 * The pages every user meets: the layout and navigation, the home redirect, the council portal's home, errors. The
 * side navigation ({@link uk.org.eelga.platform.ui.Navigation}) is not written per feature: it lists each view that
 * carries {@code shared.ui.MenuEntry} to exactly the people its own {@code @RolesAllowed} or {@code @PermitAll}
 * admits.
 */
@Uses({"platform.engagement"})
package uk.org.eelga.platform.ui;

import uk.org.eelga.shared.Uses;
