package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.IdentifierProvider;
import java.util.List;

/**
 * Lists that grow with the years, such as the communications archive or the regional contract register. A grid
 * that shows all its rows builds, keeps and sends every one of them on each refresh (hundreds here), which cost
 * each session's heap and the server's time on every page change (issue 13). These grids show about fifteen rows
 * and scroll the rest, so only the rows in view are fetched, and each row is known by its id rather than by
 * hashing the whole record.
 */
public final class LongLists {

    private LongLists() {}

    /** A fixed height that scrolls: fifteen rows or so on a laptop, less than the window on a phone. */
    public static void scrolling(Grid<?> grid) {
        grid.setAllRowsVisible(false);
        grid.setHeight("40em");
        grid.setMaxHeight("75vh");
    }

    /** Shows the items, each known to the grid by its id. */
    public static <T> void show(Grid<T> grid, List<T> items, IdentifierProvider<T> id) {
        grid.setItems(items).setIdentifierProvider(id);
    }
}
