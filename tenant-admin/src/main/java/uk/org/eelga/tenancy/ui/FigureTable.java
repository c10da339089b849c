package uk.org.eelga.tenancy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A table of figures to read, not to work with (nothing to sort, select or edit): a plain HTML table with its
 * column headers, as the GOV.UK Design System's table, sent to the browser as one piece of escaped HTML. A grid
 * costs each session about 5 KB per column in the listeners Vaadin keeps for it, and a state node per row
 * component; this costs one node (issue 13: heap per session). On a narrow screen each row reads as a card, every
 * value preceded by its column's name (styles: {@code .figure-table}).
 */
@Tag("div")
public class FigureTable<T> extends Component {

    private record Column<T>(String header, SerializableFunction<T, ?> value, boolean numeric)
            implements Serializable {}

    private final String label;
    private final List<Column<T>> columns = new ArrayList<>();
    private List<T> items = List.of();

    /** {@code label} names the table for screen readers, as a grid's aria label did. */
    public FigureTable(String label) {
        this.label = label;
        getElement().getClassList().add("figure-table");
        render();
    }

    /** A column of words. */
    public FigureTable<T> column(String header, SerializableFunction<T, ?> value) {
        columns.add(new Column<>(header, value, false));
        render();
        return this;
    }

    /** A column of numbers, aligned right so that their digits line up. */
    public FigureTable<T> numbers(String header, SerializableFunction<T, ?> value) {
        columns.add(new Column<>(header, value, true));
        render();
        return this;
    }

    public void setItems(Collection<T> rows) {
        items = List.copyOf(rows);
        render();
    }

    /** The rows shown, in order. */
    public List<T> items() {
        return items;
    }

    /** The table's HTML: every header and value escaped. */
    String html() {
        StringBuilder html =
                new StringBuilder("<table aria-label=\"").append(escape(label)).append("\"><thead><tr>");
        for (Column<T> c : columns) {
            html.append("<th scope=\"col\"")
                    .append(c.numeric() ? " class=\"numeric\"" : "")
                    .append('>');
            html.append(escape(c.header())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (T item : items) {
            html.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                Column<T> c = columns.get(i);
                Object value = c.value().apply(item);
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                html.append('<')
                        .append(tag)
                        .append(" data-label=\"")
                        .append(escape(c.header()))
                        .append('"');
                html.append(c.numeric() ? " class=\"numeric\"" : "").append('>');
                html.append(escape(value == null ? "" : value.toString()));
                html.append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private void render() {
        getElement().setProperty("innerHTML", html());
    }

    private static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;");
    }
}
