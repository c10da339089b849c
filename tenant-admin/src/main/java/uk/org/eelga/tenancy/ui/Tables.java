package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Every table has a name and says what it means when it is empty. The name is what a screen reader announces on
 * entering the table (usually the heading above it, as pages list several tables); the empty text says what is not
 * there yet and, where there is one, what makes it appear ("No pay awards recorded yet."), rather than a general
 * "Nothing to show." that leaves people guessing whether the page is broken. A test opens every page of the side
 * navigation and fails on a table without them.
 */
public final class Tables {

    private Tables() {}

    /** Gives the grid its accessible name and its own empty text; returns it for further set-up. */
    public static <T> Grid<T> named(Grid<T> grid, String name, String whenEmpty) {
        if (name == null || name.isBlank() || whenEmpty == null || whenEmpty.isBlank()) {
            throw new IllegalArgumentException("A table needs a name and a text for when it is empty");
        }
        grid.setAriaLabel(name);
        grid.setEmptyStateText(whenEmpty);
        return grid;
    }

    /** Whether the grid has a name and its own empty text (for tests that walk pages). */
    public static boolean isNamed(Grid<?> grid) {
        return grid.getAriaLabel().filter(label -> !label.isBlank()).isPresent()
                && (grid.getEmptyStateComponent() != null
                        || (grid.getEmptyStateText() != null
                                && !grid.getEmptyStateText().isBlank()));
    }
}
