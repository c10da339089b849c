package uk.org.eelga.platform.support;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;

/** The rows a grid shows right now (after its filter and sort), for browserless view tests. */
public final class GridRows {

    private GridRows() {}

    /** The rows of a table of figures, in order. */
    public static <T> List<T> of(uk.org.eelga.tenancy.ui.FigureTable<T> table) {
        return table.items();
    }

    public static <T> List<T> of(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    /** What the column with {@code key} shows in each row, as the browser would render it. */
    public static List<String> column(Grid<?> grid, String key) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            cells.add(GridKt._getFormatted(grid, i, key));
        }
        return cells;
    }
}
