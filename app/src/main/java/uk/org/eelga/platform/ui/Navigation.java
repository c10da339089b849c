package uk.org.eelga.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import uk.org.eelga.shared.ui.MenuEntry;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.ui.PageAccess;

/**
 * What the views say about navigation, read from their own annotations: who may open a view ({@code @PermitAll}:
 * anyone signed in; {@code @RolesAllowed}, directly or through a page stereotype: those roles; nothing: nobody), and the side navigation, which lists every
 * registered view with a {@link MenuEntry} to exactly the people who may open it. No feature writes a navigation
 * class, and an entry cannot be shown to someone its page would refuse.
 */
public final class Navigation {

    /** One entry of the side navigation. */
    public record Item(String label, Class<? extends Component> view, MenuEntry.Area area, int order) {}

    private static final Comparator<Item> IN_ORDER =
            Comparator.comparing(Item::area).thenComparingInt(Item::order).thenComparing(Item::label);

    private Navigation() {}

    /** Whether the view lets this person in ({@link PageAccess}); the navigation guard refuses everyone else. */
    public static boolean mayOpen(Caller user, Class<?> view) {
        return PageAccess.mayOpen(user, view);
    }

    /**
     * The view's {@code @RolesAllowed}: on the view itself, or on a page stereotype it carries
     * ({@link uk.org.eelga.tenancy.ui.CouncilPage}, {@link uk.org.eelga.tenancy.ui.StaffPage}); null if neither.
     */
    public static RolesAllowed rolesAllowed(Class<?> view) {
        return PageAccess.rolesAllowed(view);
    }

    /** The side navigation's entries for {@code user}: console first, each area in its order. */
    public static List<Item> menuFor(Caller user) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .distinct()
                .filter(view -> view.isAnnotationPresent(MenuEntry.class) && mayOpen(user, view))
                .map(view -> item(view, user))
                .sorted(IN_ORDER)
                .toList();
    }

    /**
     * A console page that a council's people may open too (the audit log, for their council's entries) is listed
     * among their portal's pages, after them by its order, not above "Our council" as the console would put it.
     */
    private static Item item(Class<? extends Component> view, Caller user) {
        MenuEntry entry = view.getAnnotation(MenuEntry.class);
        MenuEntry.Area area = entry.area() == MenuEntry.Area.CONSOLE && !user.isAssociationStaff()
                ? MenuEntry.Area.PORTAL
                : entry.area();
        return new Item(entry.label(), view, area, entry.order());
    }
}
