package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables that read on any screen: on a narrow one (under {@value #NARROW_PX} px: a phone, or 200% zoom of a laptop)
 * a grid shows each row as a card, a GOV.UK summary list of the row's fields with its actions underneath, instead
 * of columns cut to "Propor…" and buttons past the right edge. The grid switches when the window's width crosses
 * the line.
 */
public final class NarrowScreens {

    /** 44em at 16 px: the width under which the cards replace the columns (a 1280 px screen at 200% is 640). */
    public static final int NARROW_PX = 704;

    private NarrowScreens() {}

    /**
     * Gives the grid its cards for narrow screens: when the window is narrow, a card column replaces the other
     * columns; when it is wide again, the card column is removed. The cards exist only while they are shown: a
     * hidden component column still builds its components for every row, which made a wide screen's page hold
     * each row twice (issue 13: heap per session).
     */
    public static <T> void cards(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
        ComponentUtil.setData(grid, Narrowing.class, new Narrowing<>(grid, header, card));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(grid, details.getWindowInnerWidth()));
            Registration resize =
                    ui.getPage().addBrowserWindowResizeListener(resized -> show(grid, resized.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Columns of words declared once for both screens: each is a grid column on a wide screen and a "Label: value"
     * row of the card on a narrow one ({@link TextColumns#cards}), so a card never misses a column added later.
     */
    public static <T> TextColumns<T> textColumns(Grid<T> grid) {
        return new TextColumns<>(grid);
    }

    /** A grid's columns of words, remembered for its cards. */
    public static final class TextColumns<T> implements java.io.Serializable {

        private record Column<T>(String header, SerializableFunction<T, String> value)
                implements java.io.Serializable {}

        private final Grid<T> grid;
        private final List<Column<T>> columns = new ArrayList<>();

        private TextColumns(Grid<T> grid) {
            this.grid = grid;
        }

        /** Adds the column (its header is also the card's label) and gives it back to be keyed or sized. */
        public Grid.Column<T> add(String header, SerializableFunction<T, String> value) {
            columns.add(new Column<>(header, value));
            return grid.addColumn(value::apply).setHeader(header);
        }

        /** The cards: {@code title} on top, then every column's header and value, then the row's actions if any. */
        public void cards(
                String header, SerializableFunction<T, String> title, SerializableFunction<T, Component[]> actions) {
            NarrowScreens.cards(grid, header, row -> {
                Card card = new Card(title.apply(row));
                columns.forEach(c -> card.row(c.header(), c.value().apply(row)));
                return card.actions(actions.apply(row));
            });
        }

        /** The cards of a grid whose rows are chosen, not acted on from the row. */
        public void cards(String header, SerializableFunction<T, String> title) {
            cards(header, title, row -> new Component[0]);
        }
    }

    /** Shows the grid's cards, as on a phone (also for tests that read a card without a browser). */
    public static void showCards(Grid<?> grid) {
        show(grid, NARROW_PX - 1);
    }

    private static void show(Grid<?> grid, int width) {
        Narrowing<?> narrowing = ComponentUtil.getData(grid, Narrowing.class);
        if (narrowing != null && width > 0) {
            narrowing.show(width < NARROW_PX);
        }
    }

    /** A grid's card column while it is shown, and the columns it stands in for. */
    private static final class Narrowing<T> implements java.io.Serializable {
        private final Grid<T> grid;
        private final String header;
        private final SerializableFunction<T, Component> card;
        private final List<Grid.Column<T>> wide = new ArrayList<>();
        private Grid.Column<T> cards;

        Narrowing(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
            this.grid = grid;
            this.header = header;
            this.card = card;
        }

        void show(boolean narrow) {
            if (narrow == (cards != null)) {
                return;
            }
            if (narrow) {
                wide.clear();
                grid.getColumns().stream().filter(Grid.Column::isVisible).forEach(wide::add);
                wide.forEach(c -> c.setVisible(false));
                cards = grid.addComponentColumn(card::apply).setHeader(header).setKey("card");
            } else {
                grid.removeColumn(cards);
                cards = null;
                wide.forEach(c -> c.setVisible(true));
            }
        }
    }

    /** A card: a title line, then label and value pairs (a summary list), then the row's actions. */
    public static final class Card extends Div {

        private final Div list = new Div();
        private final Div actions = new Div();

        public Card(String title) {
            addClassName("row-card");
            Span heading = new Span(title);
            heading.addClassName("row-card-title");
            list.addClassName("row-card-list");
            list.getElement().setAttribute("role", "list");
            actions.addClassName("row-card-actions");
            add(heading, list, actions);
            actions.setVisible(false);
        }

        public Card row(String label, String value) {
            return row(label, new Span(value == null || value.isBlank() ? "None" : value));
        }

        public Card row(String label, Component value) {
            Div item = new Div();
            item.getElement().setAttribute("role", "listitem");
            Span key = new Span(label + ": ");
            key.addClassName("row-card-key");
            item.add(key, value);
            list.add(item);
            return this;
        }

        public Card actions(Component... buttons) {
            actions.add(buttons);
            actions.setVisible(buttons.length > 0);
            return this;
        }
    }
}
