package uk.org.eelga.tenancy.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Objects;
import uk.org.eelga.tenancy.Caller;

/**
 * Who may open a page, read from the page's own annotations: {@code @PermitAll} (anyone signed in), or
 * {@code @RolesAllowed} on the page or on a page stereotype it carries ({@link StaffPage}, {@link CouncilPage}); a page
 * that says neither lets nobody in. The navigation guard, the side navigation and a page's links to another page
 * (shown only to the people that page lets in) all ask here, so a page's roles are written once, on the page.
 */
public final class PageAccess {

    private PageAccess() {}

    /** Whether the page lets this person in. */
    public static boolean mayOpen(Caller user, Class<?> view) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = rolesAllowed(view);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(user::hasRole);
    }

    /** The page's {@code @RolesAllowed}: on the page itself, or on a page stereotype it carries; null if neither. */
    public static RolesAllowed rolesAllowed(Class<?> view) {
        RolesAllowed direct = view.getAnnotation(RolesAllowed.class);
        if (direct != null) {
            return direct;
        }
        return Arrays.stream(view.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(RolesAllowed.class))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
