package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
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

    /** Adds the card column (shown only on narrow screens) and switches between it and the other columns. */
    public static <T> Grid.Column<T> cards(Grid<T> grid, String header, SerializableFunction<T, Component> card) {
        Grid.Column<T> cards =
                grid.addComponentColumn(card::apply).setHeader(header).setKey("card");
        cards.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<Grid.Column<T>> wide = new ArrayList<>();
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage()
                    .retrieveExtendedClientDetails(details -> show(grid, cards, wide, details.getWindowInnerWidth()));
            Registration resize =
                    ui.getPage().addBrowserWindowResizeListener(resized -> show(grid, cards, wide, resized.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return cards;
    }

    private static <T> void show(Grid<T> grid, Grid.Column<T> cards, List<Grid.Column<T>> wide, int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        if (narrow == cards.isVisible()) {
            return;
        }
        if (narrow) {
            wide.clear();
            grid.getColumns().stream().filter(c -> c != cards && c.isVisible()).forEach(wide::add);
            wide.forEach(c -> c.setVisible(false));
            cards.setVisible(true);
        } else {
            cards.setVisible(false);
            wide.forEach(c -> c.setVisible(true));
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
