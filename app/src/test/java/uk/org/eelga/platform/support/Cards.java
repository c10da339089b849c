package uk.org.eelga.platform.support;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.Stream;
import uk.org.eelga.tenancy.ui.NarrowScreens;

/** A grid row's card (NarrowScreens: what a phone shows instead of the columns), read browserless. */
public final class Cards {

    private Cards() {}

    public static Component of(Grid<?> grid, int row) {
        NarrowScreens.showCards(grid);
        return GridKt._getCellComponent(grid, row, "card");
    }

    /** The card's words: title, "Label: value" lines and action labels, one space apart. */
    public static String text(Grid<?> grid, int row) {
        return of(grid, row)
                .getElement()
                .getTextRecursively()
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The card's button with this accessible name (its aria-label, else its text). */
    public static Button button(Grid<?> grid, int row, String name) {
        return descendants(of(grid, row))
                .filter(c -> c instanceof Button)
                .map(c -> (Button) c)
                .filter(b -> name.equals(b.getElement().getAttribute("aria-label")) || name.equals(b.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + name + "\" on the card: " + text(grid, row)));
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(Cards::descendants));
    }
}
