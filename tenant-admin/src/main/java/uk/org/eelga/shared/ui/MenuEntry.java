package uk.org.eelga.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a view (a class with {@code @Route}) in the side navigation. The entry is shown to exactly the people the
 * view's own {@code @RolesAllowed} or {@code @PermitAll} admits, so who may see it is written once, on the view.
 * Entries are listed by {@link #area()}, then {@link #order()}, then label.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuEntry {

    /** Where the entry belongs: the association's console or a council's portal. Console entries come first. */
    enum Area {
        CONSOLE,
        PORTAL
    }

    /** The words in the navigation ("Coaching"). */
    String label();

    Area area();

    /** Lower first within the area. */
    int order();
}
